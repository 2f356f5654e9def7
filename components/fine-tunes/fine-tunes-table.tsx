import Link from "next/link";
import type { FineTuneSummary } from "@/lib/fine-tunes/fine-tune-view";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { ModelId } from "./model-id";
import { FineTuneStatusBadge, formatDuration } from "./fine-tune-status";

// Jobs with the line back to their data: status, model, the snapshot they trained on,
// tokens, how long they took, and the model they made (one click to copy).

export function FineTunesTable({ jobs, showDataset = true }: { jobs: FineTuneSummary[]; showDataset?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th className="px-3 py-2">Job</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">Base model</th>
            {showDataset ? <th className="px-3 py-2">Data</th> : null}
            <th className="px-3 py-2 text-right">Trained tokens</th>
            <th className="px-3 py-2">Duration</th>
            <th className="px-3 py-2">Fine-tuned model</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {jobs.map((job) => (
            <tr key={job.id} className="align-top">
              <td className="px-3 py-2">
                <Link href={`/fine-tunes/${job.id}`} className="font-medium text-zinc-900 hover:underline">
                  {job.suffix || job.providerJobId || (job.status === "refused" ? "Refused launch" : "Launching…")}
                </Link>
                <div className="text-xs text-zinc-500">
                  <RelativeTime value={job.createdAt} /> · {job.createdBy.name} · {job.providerHost}
                </div>
              </td>
              <td className="px-3 py-2">
                <FineTuneStatusBadge status={job.status} />
              </td>
              <td className="px-3 py-2 font-mono text-xs">
                {job.baseModel}
                <div className="font-sans text-zinc-500">{job.method === "dpo" ? "DPO" : "Supervised"}</div>
              </td>
              {showDataset ? (
                <td className="px-3 py-2">
                  <Link href={`/datasets/${job.dataset.id}`} className="hover:underline">
                    {job.dataset.name}
                  </Link>{" "}
                  <Link href={`/snapshots/${job.snapshot.id}`} className="text-zinc-500 hover:underline">
                    snapshot #{job.snapshot.number}
                  </Link>
                </td>
              ) : null}
              <td className="px-3 py-2 text-right tabular-nums">{job.trainedTokens === null ? "—" : formatCount(job.trainedTokens)}</td>
              <td className="px-3 py-2 tabular-nums">{formatDuration(job.startedAt, job.finishedAt)}</td>
              <td className="px-3 py-2">
                <ModelId value={job.fineTunedModel} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
