import Link from "next/link";
import type { EvalSourceView } from "@/lib/evals/eval-view";

// Where the examples came from, linked: a snapshot's validation split, or a held-out dataset and its filter.
export function EvalSourceLink({ source }: { source: EvalSourceView }) {
  if (source.kind === "snapshot") {
    return (
      <span>
        <Link href={`/snapshots/${source.snapshotId}`} className="hover:underline">
          snapshot #{source.number}
        </Link>{" "}
        of{" "}
        <Link href={`/datasets/${source.datasetId}`} className="hover:underline">
          {source.datasetName}
        </Link>{" "}
        <span className="text-zinc-500">(validation split)</span>
      </span>
    );
  }
  const status = typeof source.filter.status === "string" ? source.filter.status : "approved";
  return (
    <span>
      <Link href={`/datasets/${source.datasetId}`} className="hover:underline">
        {source.datasetName}
      </Link>{" "}
      <span className="text-zinc-500">({status === "all" ? "all records" : `${status.replace("_", " ")} records`})</span>
    </span>
  );
}
