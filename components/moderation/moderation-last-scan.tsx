import Link from "next/link";
import type { ModerationCounts, ModerationRunView } from "@/lib/moderation/moderation-status";
import { buttonClasses } from "@/components/ui/button";
import { formatCount, plural } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { RelativeTime } from "@/components/ui/relative-time";

// The latest scan's outcome (or why it stopped) and the dataset's records as they
// stand now, with the way to the flagged ones in the table.

type Props = { datasetId: string; run: ModerationRunView | null; counts: ModerationCounts };

export function ModerationLastScan({ datasetId, run, counts }: Props) {
  const flaggedHref = `/datasets/${datasetId}?moderation=flagged`;
  return (
    <div className="space-y-2 text-sm">
      {run?.status === "done" ? (
        <p className="text-zinc-700">
          Last scan: <span className="font-medium text-zinc-900">{formatCount(run.flagged)} flagged</span> of {plural(run.processed, "record")} scanned
          {run.mode === "all" ? " (all records)" : ""}
          {run.finishedAt ? (
            <>
              , <RelativeTime value={run.finishedAt} />
            </>
          ) : null}{" "}
          by {run.startedBy}.
        </p>
      ) : null}
      {run?.status === "failed" ? (
        <Notice tone="error" title={`The last scan stopped after ${plural(run.processed, "record")} of ${formatCount(run.total)}`}>
          <p className="break-words">{run.failure}</p>
        </Notice>
      ) : null}
      <p className="text-zinc-600">
        In this dataset now: {formatCount(counts.flagged)} flagged, {formatCount(counts.scanned)} scanned, {formatCount(counts.unscanned)} not scanned since
        their last edit.
      </p>
      {counts.flagged ? (
        <Link href={flaggedHref} className={buttonClasses("secondary", "sm")}>
          Show the {plural(counts.flagged, "flagged record")} in the table
        </Link>
      ) : null}
    </div>
  );
}
