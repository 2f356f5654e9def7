import type Database from "better-sqlite3";
import { openReader, sqlite } from "../client";
import { notFound } from "../../errors";
import { diffMembers, type DiffEntry, type DiffWindow, type SnapshotDiff, type SnapshotMember } from "../../snapshots/diff";
import type { SnapshotSplit } from "../../snapshots/manifest";
import type { DatasetScope } from "../scope";

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

/**
 * `older` → `newer`: added records are in `newer` only. Both lists stream, so memory
 * stays flat. The two may be of different datasets, each read through its own scope.
 */
export function diffSnapshots(
  older: { scope: DatasetScope; id: string },
  newer: { scope: DatasetScope; id: string },
  window: DiffWindow = {},
): SnapshotComparison {
  const inScope = sqlite().prepare(`SELECT 1 FROM Snapshot WHERE id = ? AND datasetId = ?`);
  for (const s of [older, newer]) if (!inScope.get(s.id, s.scope.datasetId)) throw notFound("This snapshot");
  // One connection per cursor: better-sqlite3 runs one open statement per connection.
  const a = openReader();
  const b = openReader();
  let diff: SnapshotDiff;
  try {
    diff = diffMembers(members(a, older.id), members(b, newer.id), window);
  } finally {
    a.close();
    b.close();
  }
  const ids = diff.entries.map((e) => e.conversationId);
  const previews = new Map<number, string>();
  if (ids.length) {
    const rows = sqlite()
      .prepare(`SELECT id, preview FROM Conversation WHERE id IN (SELECT value FROM json_each(?)) AND datasetId IN (?, ?)`)
      .all(JSON.stringify(ids), older.scope.datasetId, newer.scope.datasetId) as {
      id: number;
      preview: string;
    }[];
    for (const r of rows) previews.set(r.id, r.preview);
  }
  return { ...diff, entries: diff.entries.map((e) => ({ ...e, href: `/conversations/${e.conversationId}`, preview: previews.get(e.conversationId) ?? null })) };
}
