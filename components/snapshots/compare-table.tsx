import Link from "next/link";
import type { DiffEntry } from "@/lib/snapshots/diff";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader } from "@/components/ui/table";

// One page of a comparison: each record added, removed or edited, linked to its
// conversation page, with its version and side in each snapshot.

type LinkedDiffEntry = DiffEntry & { href: string; preview: string | null };

const TONES: Record<LinkedDiffEntry["change"], BadgeTone> = { added: "green", removed: "red", edited: "amber" };
const WORDS: Record<LinkedDiffEntry["change"], string> = { added: "Added", removed: "Removed", edited: "Edited" };

type Props = { entries: LinkedDiffEntry[]; older: number; newer: number };

export function CompareTable({ entries, older, newer }: Props) {
  if (!entries.length)
    return <p className="rounded-lg border border-zinc-200 bg-white px-3 py-8 text-center text-sm text-zinc-500">Nothing of this kind changed.</p>;
  const side = (s: LinkedDiffEntry["before"]) => (s ? `version ${s.version}, ${s.split}` : "—");
  return (
    <TableFrame>
      <Table aria-label="Changes" className="w-full text-left text-sm">
        <TableHeader look="plain">
          <TableHead look="plain">Record</TableHead>
          <TableHead look="plain">Change</TableHead>
          <TableHead look="plain">In #{older}</TableHead>
          <TableHead look="plain">In #{newer}</TableHead>
        </TableHeader>
        <TableBody>
          {entries.map((e) => (
            <tr key={e.conversationId}>
              <TableCell className="max-w-md">
                <Link href={e.href} className="font-medium text-indigo-700 hover:underline">
                  #{e.conversationId}
                </Link>
                <span className="ml-2 text-zinc-600">
                  {e.preview === null ? <em>purged from the trash</em> : <span className="line-clamp-1">{e.preview}</span>}
                </span>
              </TableCell>
              <TableCell>
                <Badge tone={TONES[e.change]}>{WORDS[e.change]}</Badge>
              </TableCell>
              <TableCell className="text-xs text-zinc-600">{side(e.before)}</TableCell>
              <TableCell className="text-xs text-zinc-600">{side(e.after)}</TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
