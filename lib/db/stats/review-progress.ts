import type Database from "better-sqlite3";
import type { ReviewDay } from "../../stats/stats-types";
import type { StatsSource } from "./stats-source";

// When the source's decided records (approved, rejected, needs changes) got their
// current decision, per UTC day. Read from the revisions rather than the audit log:
// every status change writes a revision of the record, single saves and bulk changes
// alike, while the log has one event per bulk change whatever its size. A record's day
// is that of its earliest revision with the status it has now, so the days add up to
// the decided records of the status chart and an undone decision leaves no trace.
//
// The revisions are read in record order from the (conversationId, status, createdAt)
// index over the source's range of ids, one group per record and status, and each group
// is kept when its record is in the source with that status now. (Starting from the
// records instead costs one index seek each, in no useful order: twice as long at a
// million records.)

export const DECIDED = ["approved", "rejected", "needs_changes"] as const;

/** `decided`: the source's decided records, counted with the statuses; those without a dated revision are the rest. */
export function reviewProgress(
  db: Database.Database,
  datasetId: string,
  src: StatsSource,
  decided: number,
): { days: ReviewDay[]; decided: number; undated: number } {
  // The dataset's ids (through its (datasetId, id) index), or the copy's.
  const ids = src.indexed ? `Conversation WHERE datasetId = ?` : src.table;
  const rows = db
    .prepare(
      // Keyed by the day alone, the decisions summed beside it: the sort of half a million rows is the query's largest cost.
      `SELECT day, approved, rejected, needs_changes,
         sum(approved + rejected + needs_changes) OVER (ORDER BY day ROWS UNBOUNDED PRECEDING) AS cumulative
       FROM (SELECT substr(g.at, 1, 10) AS day,
         sum(g.status = 'approved') AS approved, sum(g.status = 'rejected') AS rejected, sum(g.status = 'needs_changes') AS needs_changes
       FROM (
         SELECT r.conversationId AS id, r.status, min(r.createdAt) AS at FROM Revision r
         WHERE r.conversationId BETWEEN (SELECT min(id) FROM ${ids}) AND (SELECT max(id) FROM ${ids})
           AND r.status IN (${DECIDED.map(() => "?").join(", ")})
         GROUP BY r.conversationId, r.status
       ) g CROSS JOIN ${src.byId} ON c.id = g.id
       WHERE c.status = g.status AND ${src.where}
       GROUP BY day) ORDER BY day`,
    )
    .all(...(src.indexed ? [datasetId, datasetId] : []), ...DECIDED, ...src.params) as ReviewDay[];
  const dated = rows.at(-1)?.cumulative ?? 0;
  return { days: rows, decided, undated: decided - dated };
}
