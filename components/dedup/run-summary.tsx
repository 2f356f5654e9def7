import { formatCount, plural } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";

// One line that says what the latest run found and under which settings, so a reader
// knows whether the list below is the answer to the question they mean to ask.

export type ClusterTally = { exact: number; near: number; unresolved: number };

type Props = {
  records: number;
  tally: ClusterTally;
  threshold: number;
  scopeLabel: string;
  finishedAt: Date | string | null;
  by: string;
};

export function RunSummary({ records, tally, threshold, scopeLabel, finishedAt, by }: Props) {
  const clusters = tally.exact + tally.near;
  return (
    <p className="text-sm text-zinc-700">
      Checked <span className="font-medium text-zinc-900">{plural(records, "record")}</span>:{" "}
      <span className="font-medium text-zinc-900">{plural(clusters, "cluster")}</span>
      {clusters ? ` (${formatCount(tally.exact)} exact, ${formatCount(tally.near)} near)` : ""},{" "}
      <span className="font-medium text-zinc-900">{formatCount(tally.unresolved)} unresolved</span>. Threshold {threshold.toFixed(2)},{" "}
      {scopeLabel.toLowerCase()}
      {finishedAt ? (
        <>
          , <RelativeTime value={finishedAt} />
        </>
      ) : null}{" "}
      by {by}.
    </p>
  );
}
