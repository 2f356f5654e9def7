import Link from "next/link";
import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { plural } from "@/components/ui/format";
import { exportQuery } from "@/components/conversations/table-query";
import { exportBlockers } from "@/lib/export/export-blockers";
import { SnapshotButton } from "@/components/snapshots/snapshot-button";
import { UnavailableButton, UnavailableHint } from "@/components/ui/unavailable-action";

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

const NONE_APPROVED = "No conversation is approved yet: approve some in Review (or with a bulk change), then export or fine-tune on them.";
const NONE_MATCH = "No conversation matches the current filter: change or clear the filters to export.";

export function ExportButtons({ datasetId, filter, approved, filtered, canLaunch = false }: Props) {
  const invalidOnly = filter.invalid === "1";
  const approvedBlockers = exportBlockers(approved);
  const filteredBlockers = exportBlockers(filtered);
  const filterRequest = Object.fromEntries(new URLSearchParams(exportQuery(filter)));
  const optionsQuery = filterRequest.status === "all" && Object.keys(filterRequest).length === 1 ? "" : `?${exportQuery(filter)}`;
  // Nothing to act on: the buttons stay in their places, disabled, and say why.
  const noneApproved = approved.records === 0;
  const noneFiltered = filtered.records === 0 && !invalidOnly;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <span className="inline-flex flex-wrap items-center gap-1.5">
        {approvedBlockers.length ? (
          <Blocked label="Export approved" variant="primary" reasons={approvedBlockers} />
        ) : noneApproved ? (
          <UnavailableButton label="Export approved" variant="primary" reason={NONE_APPROVED} describedBy="export-approved-why" />
        ) : (
          <SnapshotButton
            datasetId={datasetId}
            label="Export approved"
            variant="primary"
            request={{ status: "approved" }}
            title="Freeze the approved records as a numbered snapshot and open it to download its files"
          />
        )}
        {noneApproved ? <UnavailableHint id="export-approved-why" hint="none approved yet" reason={NONE_APPROVED} /> : null}
        {noneApproved || approvedBlockers.length ? null : <span className="text-xs text-zinc-600">{plural(approved.records, "record")}</span>}
        {canLaunch && noneApproved ? <UnavailableButton label="Fine-tune approved…" reason={NONE_APPROVED} describedBy="export-approved-why" /> : null}
        {canLaunch && !approvedBlockers.length && !noneApproved ? (
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
        ) : noneFiltered ? (
          <UnavailableButton label="Export current filter" reason={NONE_MATCH} describedBy="export-filter-why" />
        ) : (
          <SnapshotButton
            datasetId={datasetId}
            label="Export current filter"
            variant="secondary"
            request={filterRequest}
            title="Freeze the records of the current filter as a numbered snapshot and open it"
          />
        )}
        {noneFiltered ? <UnavailableHint id="export-filter-why" hint="nothing matches" reason={NONE_MATCH} /> : null}
        {noneFiltered || (filteredBlockers.length && !invalidOnly) ? null : (
          <span className="text-xs text-zinc-600">{invalidOnly ? "invalid lines are not exported" : plural(filtered.records, "record")}</span>
        )}
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

/** An export the pre-flight check stops: shown, not clickable, with the reasons beside it, on hover and for screen readers. */
function Blocked({ label, variant, reasons }: { label: string; variant: "primary" | "secondary"; reasons: string[] }) {
  const why = `Blocked by the pre-flight check: ${reasons.join(" ")}`;
  const id = `${label.toLowerCase().replaceAll(" ", "-")}-blocked`;
  return (
    <>
      <UnavailableButton label={label} variant={variant} reason={why} describedBy={id} />
      <UnavailableHint id={id} hint="blocked by pre-flight" reason={why} />
    </>
  );
}
