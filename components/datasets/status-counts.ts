import { STATUSES, STATUS_LABELS, type Status } from "@/lib/validation/statuses";

// The counts a dataset shows in the list and in its header, in one order: every status,
// then invalid lines. Invalid lines are in no status (lib/db/datasets/list-datasets.ts),
// so these add up to the total, and each links to the table filtered to exactly its rows.

const LOOK: Record<Status, { tone: string; dot: string }> = {
  pending: { tone: "text-zinc-700", dot: "bg-zinc-400" },
  approved: { tone: "text-emerald-700", dot: "bg-emerald-500" },
  rejected: { tone: "text-red-700", dot: "bg-red-500" },
  needs_changes: { tone: "text-amber-700", dot: "bg-amber-500" },
  duplicate: { tone: "text-violet-700", dot: "bg-violet-500" },
};

export type CountColumn = { key: string; label: string; tone: string; dot: string; count: (d: Counted) => number; query: string };
type Counted = { counts: Record<Status, number>; invalid: number };

export const COUNT_COLUMNS: CountColumn[] = [
  ...STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s], ...LOOK[s], count: (d: Counted) => d.counts[s], query: `status=${s}&invalid=0` })),
  { key: "invalid", label: "Invalid", tone: "text-red-700", dot: "bg-red-700", count: (d: Counted) => d.invalid, query: "invalid=1" },
];
