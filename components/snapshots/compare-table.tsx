import Link from "next/link";
import type { DiffEntry } from "@/lib/snapshots/diff";
import { Badge, type BadgeTone } from "@/components/ui/badge";

// One page of a comparison: each record added, removed or edited, linked to its
// conversation page, with its version and side in each snapshot.

type LinkedDiffEntry = DiffEntry & { href: string; preview: string | null };

const TONES: Record<LinkedDiffEntry["change"], BadgeTone> = { added: "green", removed: "red", edited: "amber" };
const WORDS: Record<LinkedDiffEntry["change"], string> = { added: "Added", removed: "Removed", edited: "Edited" };

type Props = { entries: LinkedDiffEntry[]; older: number; newer: number };

export function CompareTable({ entries, older, newer }: Props) {
  if (!entries.length) return <p className="rounded-lg border border-zinc-200 bg-white px-3 py-8 text-center text-sm text-zinc-500">Nothing of this kind changed.</p>;
  const side = (s: LinkedDiffEntry["before"]) => (s ? `version ${s.version}, ${s.split}` : "—");
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table aria-label="Changes" className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs text-zinc-500">
          <tr>
            <th className="px-3 py-2 font-medium">Record</th>
            <th className="px-3 py-2 font-medium">Change</th>
            <th className="px-3 py-2 font-medium">In #{older}</th>
            <th className="px-3 py-2 font-medium">In #{newer}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {entries.map((e) => (
            <tr key={e.conversationId}>
              <td className="max-w-md px-3 py-2">
                <Link href={e.href} className="font-medium text-indigo-700 hover:underline">
                  #{e.conversationId}
                </Link>
                <span className="ml-2 text-zinc-600">{e.preview === null ? <em>purged from the trash</em> : <span className="line-clamp-1">{e.preview}</span>}</span>
              </td>
              <td className="px-3 py-2">
                <Badge tone={TONES[e.change]}>{WORDS[e.change]}</Badge>
              </td>
              <td className="px-3 py-2 text-xs text-zinc-600">{side(e.before)}</td>
              <td className="px-3 py-2 text-xs text-zinc-600">{side(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
