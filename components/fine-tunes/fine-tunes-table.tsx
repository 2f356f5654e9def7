import Link from "next/link";
import type { FineTuneSummary } from "@/lib/fine-tunes/fine-tune-view";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { ModelId } from "./model-id";
import { FineTuneStatusBadge, formatDuration } from "./fine-tune-status";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader } from "@/components/ui/table";

// Jobs with the line back to their data: status, model, the snapshot they trained on,
// tokens, how long they took, and the model they made (one click to copy).

export function FineTunesTable({ jobs, showDataset = true }: { jobs: FineTuneSummary[]; showDataset?: boolean }) {
  return (
    <TableFrame flat>
      <Table>
        <TableHeader>
            <TableHead>Job</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Base model</TableHead>
            {showDataset ? <TableHead>Data</TableHead> : null}
            <TableHead className="text-right">Trained tokens</TableHead>
            <TableHead>Duration</TableHead>
            <TableHead>Fine-tuned model</TableHead>
          </TableHeader>
        <TableBody>
          {jobs.map((job) => (
            <tr key={job.id} className="align-top">
              <TableCell>
                <Link href={`/fine-tunes/${job.id}`} className="font-medium text-zinc-900 hover:underline">
                  {job.suffix || job.providerJobId || (job.status === "refused" ? "Refused launch" : "Launching…")}
                </Link>
                <div className="text-xs text-zinc-500">
                  <RelativeTime value={job.createdAt} /> · {job.createdBy.name} · {job.providerHost}
                </div>
              </TableCell>
              <TableCell>
                <FineTuneStatusBadge status={job.status} />
              </TableCell>
              <TableCell className="font-mono text-xs">
                {job.baseModel}
                <div className="font-sans text-zinc-500">{job.method === "dpo" ? "DPO" : "Supervised"}</div>
              </TableCell>
              {showDataset ? (
                <TableCell>
                  <Link href={`/datasets/${job.dataset.id}`} className="hover:underline">
                    {job.dataset.name}
                  </Link>{" "}
                  <Link href={`/snapshots/${job.snapshot.id}`} className="text-zinc-500 hover:underline">
                    snapshot #{job.snapshot.number}
                  </Link>
                </TableCell>
              ) : null}
              <TableCell className="text-right tabular-nums">{job.trainedTokens === null ? "—" : formatCount(job.trainedTokens)}</TableCell>
              <TableCell className="tabular-nums">{formatDuration(job.startedAt, job.finishedAt)}</TableCell>
              <TableCell>
                <ModelId value={job.fineTunedModel} />
              </TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
