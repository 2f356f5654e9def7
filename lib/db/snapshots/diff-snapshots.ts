import type Database from "better-sqlite3";
import { openReader, sqlite } from "../client";
import { diffMembers, type DiffEntry, type DiffWindow, type SnapshotDiff, type SnapshotMember } from "../../snapshots/diff";
import type { SnapshotSplit } from "../../snapshots/manifest";

// Two snapshots compared record by record (lib/snapshots/diff.ts): the counts of the
// whole comparison and one page of one kind of change, each entry with a link to its
// record and the record's preview as it reads now (null once purged from the trash).

export type LinkedDiffEntry = DiffEntry & { href: string; preview: string | null };
export type SnapshotComparison = Omit<SnapshotDiff, "entries"> & { entries: LinkedDiffEntry[] };

function* members(reader: Database.Database, snapshotId: string): Generator<SnapshotMember> {
  const rows = reader
    .prepare(`SELECT conversationId, version, split, lineHash FROM SnapshotRecord WHERE snapshotId = ? ORDER BY conversationId`)
    .raw()
    .iterate(snapshotId) as IterableIterator<[number, number, SnapshotSplit, string]>;
  for (const [conversationId, version, split, lineHash] of rows) yield { conversationId, version, split, lineHash };
}

/** `older` → `newer`: added records are in `newer` only. Both lists stream, so memory stays flat. */
export function diffSnapshots(olderId: string, newerId: string, window: DiffWindow = {}): SnapshotComparison {
  // One connection per cursor: better-sqlite3 runs one open statement per connection.
  const a = openReader();
  const b = openReader();
  let diff: SnapshotDiff;
  try {
    diff = diffMembers(members(a, olderId), members(b, newerId), window);
  } finally {
    a.close();
    b.close();
  }
  const ids = diff.entries.map((e) => e.conversationId);
  const previews = new Map<number, string>();
  if (ids.length) {
    const rows = sqlite().prepare(`SELECT id, preview FROM Conversation WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as {
      id: number;
      preview: string;
    }[];
    for (const r of rows) previews.set(r.id, r.preview);
  }
  return { ...diff, entries: diff.entries.map((e) => ({ ...e, href: `/conversations/${e.conversationId}`, preview: previews.get(e.conversationId) ?? null })) };
}
