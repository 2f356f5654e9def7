import Link from "next/link";
import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { buttonClasses } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { exportQuery } from "@/components/conversations/table-query";
import { exportBlockers } from "@/lib/export/export-blockers";
import { SnapshotButton } from "@/components/snapshots/snapshot-button";

// "Export" freezes what it exports: each button makes a numbered snapshot of the
// approved set or of the current filter (as it is: no split, system prompt kept) and
// opens it, where its files are downloaded, now or later. Splits and system-prompt
// options are one link away, on the Snapshots page. The counts are what the files
// will hold: valid records only, since invalid lines would make a fine-tune job fail.

type ExportCounts = { records: number; withUnknownKeys: number; withErrors: number };

type Props = {
  datasetId: string;
  filter: ConversationFilter;
  approved: ExportCounts;
  /** What the current filter would export. */
  filtered: ExportCounts;
  /** Whether the user may launch fine-tunes (then "Fine-tune approved…" is offered). */
  canLaunch?: boolean;
};

/** Enough approved records to hold a tenth back for validation and still train on plenty. */
const SPLIT_FROM = 50;

export function ExportButtons({ datasetId, filter, approved, filtered, canLaunch = false }: Props) {
  const invalidOnly = filter.invalid === "1";
  const approvedBlockers = exportBlockers(approved);
  const filteredBlockers = exportBlockers(filtered);
  const filterRequest = Object.fromEntries(new URLSearchParams(exportQuery(filter)));
  const optionsQuery = filterRequest.status === "all" && Object.keys(filterRequest).length === 1 ? "" : `?${exportQuery(filter)}`;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <span className="inline-flex flex-wrap items-center gap-1.5">
        {approvedBlockers.length ? (
          <Blocked label="Export approved" variant="primary" reasons={approvedBlockers} />
        ) : (
          <SnapshotButton
            datasetId={datasetId}
            label="Export approved"
            variant="primary"
            request={{ status: "approved" }}
            title="Freeze the approved records as a numbered snapshot and open it to download its files"
          />
        )}
        <span className="text-xs text-zinc-500">{plural(approved.records, "record")}</span>
        {canLaunch && !approvedBlockers.length ? (
          <SnapshotButton
            datasetId={datasetId}
            label="Fine-tune approved…"
            variant="secondary"
            request={approved.records >= SPLIT_FROM ? { status: "approved", validation: "0.1" } : { status: "approved" }}
            then="?launch=1"
            title="Snapshot the approved records (holding a tenth back for validation when there are enough) and open the launch dialog on it"
          />
        ) : null}
      </span>
      <span className="inline-flex flex-wrap items-center gap-1.5">
        {invalidOnly ? (
          <Blocked label="Export current filter" variant="secondary" reasons={["Invalid lines are never exported: fix them first."]} />
        ) : filteredBlockers.length ? (
          <Blocked label="Export current filter" variant="secondary" reasons={filteredBlockers} />
        ) : (
          <SnapshotButton
            datasetId={datasetId}
            label="Export current filter"
            variant="secondary"
            request={filterRequest}
            title="Freeze the records of the current filter as a numbered snapshot and open it"
          />
        )}
        <span className="text-xs text-zinc-500">{invalidOnly ? "invalid lines are not exported" : plural(filtered.records, "record")}</span>
      </span>
      <Link
        href={`/datasets/${datasetId}/snapshots${invalidOnly ? "" : optionsQuery}#new-snapshot`}
        title="Make a snapshot with a validation split, or with the system prompt dropped or shortened"
        className="text-xs text-zinc-600 underline decoration-zinc-300 hover:text-zinc-900"
      >
        Split or shorten prompts…
      </Link>
      {approved.withUnknownKeys > 0 ? (
        <p role="note" className="basis-full text-xs text-amber-700">
          {plural(approved.withUnknownKeys, "approved record")} {approved.withUnknownKeys === 1 ? "carries" : "carry"} keys OpenAI&apos;s format does not
          define; the export leaves those keys out (they stay on the records here).
        </p>
      ) : null}
    </div>
  );
}

/** An export the pre-flight check stops: shown, not clickable, with the reasons on hover and for screen readers. */
function Blocked({ label, variant, reasons }: { label: string; variant: "primary" | "secondary"; reasons: string[] }) {
  const why = `Blocked by the pre-flight check: ${reasons.join(" ")}`;
  return (
    <span
      aria-disabled="true"
      title={why}
      aria-label={`${label} (blocked)`}
      aria-description={why}
      className={`${buttonClasses(variant)} cursor-not-allowed opacity-50`}
    >
      {label}
    </span>
  );
}
