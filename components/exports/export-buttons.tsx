import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { plural } from "@/components/ui/format";
import { exportQuery } from "@/components/conversations/table-query";
import { exportBlockers } from "@/lib/export/export-blockers";
import { SnapshotButton } from "@/components/snapshots/snapshot-button";
import { UnavailableButton, UnavailableHint } from "@/components/ui/unavailable-action";

// "Export" downloads in one click and freezes what it exports: each button makes a
// numbered snapshot of the approved set or of the current filter (as it is: no split,
// system prompt kept), or reuses the one already holding exactly that, and downloads
// its file at once. "Fine-tune approved…" opens the launch dialog on the approved
// records; its snapshot is made only on Launch. Splits and system-prompt options are
// one link away, on the Snapshots page. The counts are what the files will hold: valid
// records only, since invalid lines would make a fine-tune job fail.

type ExportCounts = { records: number; withUnknownKeys: number; withErrors: number };

type Props = {
  datasetId: string;
  filter: ConversationFilter;
  approved: ExportCounts;
  /** What the current filter would export. */
  filtered: ExportCounts;
  /** Where "Fine-tune approved…" opens the launch dialog; absent when the user may not launch fine-tunes. */
  launchHref?: string | null;
};

const NONE_APPROVED = "No conversation is approved yet: approve some in Review (or with a bulk change), then export or fine-tune on them.";
const NONE_MATCH = "No conversation matches the current filter: change or clear the filters to export.";

export function ExportButtons({ datasetId, filter, approved, filtered, launchHref = null }: Props) {
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
            title="Download the approved records as train.jsonl, kept as a numbered snapshot of what was exported"
          />
        )}
        {noneApproved ? <UnavailableHint id="export-approved-why" hint="none approved yet" reason={NONE_APPROVED} /> : null}
        {noneApproved || approvedBlockers.length ? null : <span className="text-xs text-zinc-600">{plural(approved.records, "record")}</span>}
        {launchHref && noneApproved ? <UnavailableButton label="Fine-tune approved…" reason={NONE_APPROVED} describedBy="export-approved-why" /> : null}
        {launchHref && !approvedBlockers.length && !noneApproved ? (
          <Link
            href={launchHref}
            scroll={false}
            className={buttonClasses("secondary")}
            title="Check the approved records for a fine-tune and launch one; the snapshot (a tenth held back for validation when there are enough) is made on Launch"
          >
            Fine-tune approved…
          </Link>
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
            title="Download the records of the current filter as train.jsonl, kept as a numbered snapshot of what was exported"
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
