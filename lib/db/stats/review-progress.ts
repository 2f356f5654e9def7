import type Database from "better-sqlite3";
import type { ReviewDay } from "../../stats/stats-types";
import type { StatsSource } from "./stats-source";

// When the source's decided records (approved, rejected, needs changes) got their
// current decision, per UTC day. Read from the revisions rather than the audit log:
// every status change writes a revision of the record, single saves and bulk changes
// alike, while the log has one event per bulk change whatever its size. A record's day
// is that of its earliest revision with the status it has now, so the days add up to
// the decided records of the status chart and an undone decision leaves no trace.
// The Revision (conversationId, status, createdAt) index makes that one seek per record.

export const DECIDED = ["approved", "rejected", "needs_changes"] as const;

export function reviewProgress(db: Database.Database, src: StatsSource): { days: ReviewDay[]; decided: number; undated: number } {
  const rows = db
    .prepare(
      `SELECT substr(at, 1, 10) AS day, status, count(*) AS n FROM (
         SELECT c.status, (SELECT min(r.createdAt) FROM Revision r WHERE r.conversationId = c.id AND r.status = c.status) AS at
         FROM ${src.table} c WHERE ${src.where} AND c.status IN (${DECIDED.map(() => "?").join(", ")})
       ) GROUP BY day, status ORDER BY day`,
    )
    .all(...src.params, ...DECIDED) as { day: string | null; status: (typeof DECIDED)[number]; n: number }[];
  const days = new Map<string, ReviewDay>();
  let decided = 0;
  let undated = 0;
  for (const r of rows) {
    decided += r.n;
    if (r.day === null) {
      undated += r.n;
      continue;
    }
    const day = days.get(r.day) ?? { day: r.day, approved: 0, rejected: 0, needs_changes: 0 };
    day[r.status] += r.n;
    days.set(r.day, day);
  }
  return { days: [...days.values()], decided, undated };
}
