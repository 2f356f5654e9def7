import type { SnapshotSplit } from "./manifest";

// What changed from one snapshot to another, record by record: added (only in the
// newer), removed (only in the older), edited (in both, but its line differs: the
// hash of the line as written, so a status or label change that leaves the example
// alone is not an edit, while a changed system-prompt option is). Both member lists
// come sorted by record id and are walked side by side once, so two snapshots of a
// million records compare without holding either in memory.

export type SnapshotMember = { conversationId: number; version: number; split: SnapshotSplit; lineHash: string };

export const DIFF_CHANGES = ["added", "removed", "edited"] as const;
export type DiffChange = (typeof DIFF_CHANGES)[number];

export type DiffEntry = {
  conversationId: number;
  change: DiffChange;
  /** In the older snapshot (removed, edited). */
  before: { version: number; split: SnapshotSplit } | null;
  /** In the newer snapshot (added, edited). */
  after: { version: number; split: SnapshotSplit } | null;
};

export type SnapshotDiff = {
  added: number;
  removed: number;
  edited: number;
  unchanged: number;
  /** Unchanged records that moved between training and validation. */
  movedSplit: number;
  /** The entries of the window asked for, in record id order. */
  entries: DiffEntry[];
};

export type DiffWindow = { change?: DiffChange; offset?: number; limit?: number };

export function diffMembers(older: Iterable<SnapshotMember>, newer: Iterable<SnapshotMember>, window: DiffWindow = {}): SnapshotDiff {
  const out: SnapshotDiff = { added: 0, removed: 0, edited: 0, unchanged: 0, movedSplit: 0, entries: [] };
  const offset = window.offset ?? 0;
  const limit = window.limit ?? Infinity;
  let seen = 0;
  const emit = (entry: DiffEntry) => {
    out[entry.change]++;
    if (window.change && window.change !== entry.change) return;
    if (seen >= offset && out.entries.length < limit) out.entries.push(entry);
    seen++;
  };
  const a = sortedCursor(older, "older");
  const b = sortedCursor(newer, "newer");
  let x = a.next();
  let y = b.next();
  while (x || y) {
    if (y && (!x || y.conversationId < x.conversationId)) {
      emit({ conversationId: y.conversationId, change: "added", before: null, after: side(y) });
      y = b.next();
    } else if (x && (!y || x.conversationId < y.conversationId)) {
      emit({ conversationId: x.conversationId, change: "removed", before: side(x), after: null });
      x = a.next();
    } else if (x && y) {
      if (x.lineHash !== y.lineHash) emit({ conversationId: x.conversationId, change: "edited", before: side(x), after: side(y) });
      else {
        out.unchanged++;
        if (x.split !== y.split) out.movedSplit++;
      }
      x = a.next();
      y = b.next();
    }
  }
  return out;
}

const side = (m: SnapshotMember) => ({ version: m.version, split: m.split });

/** Walks a member list, refusing one out of order: a merge of unsorted lists would report nonsense. */
function sortedCursor(members: Iterable<SnapshotMember>, which: string) {
  const it = members[Symbol.iterator]();
  let last = -Infinity;
  return {
    next(): SnapshotMember | null {
      const r = it.next();
      if (r.done) return null;
      if (r.value.conversationId <= last)
        throw new Error(`The ${which} snapshot's members are not sorted by record id (${r.value.conversationId} after ${last}).`);
      last = r.value.conversationId;
      return r.value;
    },
  };
}
