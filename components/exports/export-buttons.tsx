import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { buttonClasses } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { exportQuery } from "@/components/conversations/table-query";
import { exportBlockers } from "@/lib/export/export-blockers";

// Download links to the streaming export route. The counts are what the file will
// hold: valid records only, since invalid lines would make a fine-tune job fail.

type ExportCounts = { records: number; withUnknownKeys: number; withErrors: number };

type Props = {
  datasetId: string;
  filter: ConversationFilter;
  approved: ExportCounts;
  /** What the current filter would export. */
  filtered: ExportCounts;
};

export function ExportButtons({ datasetId, filter, approved, filtered }: Props) {
  const base = `/api/v1/datasets/${datasetId}/export`;
  const invalidOnly = filter.invalid === "1";
  const approvedBlockers = exportBlockers(approved);
  const filteredBlockers = exportBlockers(filtered);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <span className="inline-flex items-center gap-1.5">
        {approvedBlockers.length ? (
          <Blocked label="Export approved" variant="primary" reasons={approvedBlockers} />
        ) : (
          <a href={`${base}?status=approved`} download className={buttonClasses("primary")}>
            Export approved
          </a>
        )}
        <span className="text-xs text-zinc-500">{plural(approved.records, "record")}</span>
      </span>
      <span className="inline-flex items-center gap-1.5">
        {invalidOnly ? (
          <Blocked label="Export current filter" variant="secondary" reasons={["Invalid lines are never exported: fix them first."]} />
        ) : filteredBlockers.length ? (
          <Blocked label="Export current filter" variant="secondary" reasons={filteredBlockers} />
        ) : (
          <a href={`${base}?${exportQuery(filter)}`} download className={buttonClasses("secondary")}>
            Export current filter
          </a>
        )}
        <span className="text-xs text-zinc-500">{invalidOnly ? "invalid lines are not exported" : plural(filtered.records, "record")}</span>
      </span>
      {approved.withUnknownKeys > 0 ? (
        <p role="note" className="basis-full text-xs text-amber-700">
          {plural(approved.withUnknownKeys, "approved record")} {approved.withUnknownKeys === 1 ? "carries" : "carry"} keys OpenAI&apos;s format does not define; the
          export leaves those keys out (they stay on the records here).
        </p>
      ) : null}
    </div>
  );
}

/** An export the pre-flight check stops: shown, not clickable, with the reasons on hover and for screen readers. */
function Blocked({ label, variant, reasons }: { label: string; variant: "primary" | "secondary"; reasons: string[] }) {
  const why = `Blocked by the pre-flight check: ${reasons.join(" ")}`;
  return (
    <span aria-disabled="true" title={why} aria-label={`${label} (blocked)`} aria-description={why} className={`${buttonClasses(variant)} cursor-not-allowed opacity-50`}>
      {label}
    </span>
  );
}
