import Link from "next/link";
import { SYSTEM_PROMPT_MODE_LABELS } from "@/lib/snapshots/bake-system-prompt";
import type { SnapshotListItem } from "@/lib/snapshots/snapshot-list-item";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { filterWords } from "./filter-words";
import { TableBody, TableCell, TableFrame } from "@/components/ui/table";

// A dataset's snapshots, newest first: what each froze (filter, records and their
// split), what it did to the system prompt, who made it and when.


export function SnapshotsTable({ snapshots }: { snapshots: SnapshotListItem[] }) {
  if (!snapshots.length) {
    return (
      <p className="rounded-lg border border-zinc-200 bg-white px-3 py-10 text-center text-sm text-zinc-500">
        No snapshot yet. &ldquo;Export approved&rdquo; on the dataset page makes one, or make one here with a split.
      </p>
    );
  }
  return (
    <TableFrame>
      <table aria-label="Snapshots" className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs text-zinc-500">
          <tr>
            {["Snapshot", "Made", "Records", "Training / validation", "Records from", "System prompt"].map((c) => (
              <th key={c} className="px-3 py-2 font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <TableBody>
          {snapshots.map((s) => (
            <tr key={s.id}>
              <TableCell>
                <Link href={`/snapshots/${s.id}`} className="font-medium text-indigo-700 hover:underline">
                  #{s.number}
                </Link>
                {s.kind === "preference" ? <span className="ml-1.5 text-xs text-zinc-500">preference</span> : null}
              </TableCell>
              <TableCell className="text-xs text-zinc-600">
                <RelativeTime value={s.createdAt} />
                <div>{s.createdBy.name || s.createdBy.email}</div>
              </TableCell>
              <TableCell className="tabular-nums">{formatCount(s.records)}</TableCell>
              <TableCell className="tabular-nums">
                {s.validationFraction === null ? (
                  <span className="text-zinc-500">no split</span>
                ) : (
                  <>
                    {formatCount(s.trainRecords)} / {formatCount(s.validationRecords)}
                    <div className="text-xs text-zinc-500">seed {s.seed}</div>
                  </>
                )}
              </TableCell>
              <TableCell className="text-xs text-zinc-700">{filterWords(s.filter)}</TableCell>
              <TableCell className="text-xs text-zinc-700">{SYSTEM_PROMPT_MODE_LABELS[s.systemPrompt] ?? s.systemPrompt}</TableCell>
            </tr>
          ))}
        </TableBody>
      </table>
    </TableFrame>
  );
}
