import Link from "next/link";
import { SYSTEM_PROMPT_MODE_LABELS } from "@/lib/snapshots/bake-system-prompt";
import type { SnapshotListItem } from "@/lib/snapshots/snapshot-list-item";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { filterWords } from "./filter-words";
import { EmptyState, Table, TableBody, TableCell, TableFrame, TableHead, TableHeader } from "@/components/ui/table";

// A dataset's snapshots, newest first: what each froze (filter, records and their
// split), what it did to the system prompt, who made it and when.

export function SnapshotsTable({ snapshots }: { snapshots: SnapshotListItem[] }) {
  if (!snapshots.length) {
    return <EmptyState>No snapshot yet. &ldquo;Export approved&rdquo; on the dataset page makes one, or make one here with a split.</EmptyState>;
  }
  return (
    <TableFrame>
      <Table aria-label="Snapshots" className="w-full text-left text-sm">
        <TableHeader look="plain">
          {["Snapshot", "Made", "Records", "Training / validation", "Records from", "System prompt"].map((c) => (
            <TableHead key={c} look="plain">
              {c}
            </TableHead>
          ))}
        </TableHeader>
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
      </Table>
    </TableFrame>
  );
}
