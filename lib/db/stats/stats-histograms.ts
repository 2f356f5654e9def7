import type Database from "better-sqlite3";
import type { HistogramBin } from "../../stats/stats-types";
import type { StatsSource } from "./stats-source";

// Token histograms, one range count per bin. On the indexed source each count is a
// seek into (datasetId, deletedAt, status, tokens) per status, touching only the index
// entries inside the bin, so all bins together read each entry once and sort nothing
// (a GROUP BY over a CASE of the bin took ten times as long at a million records). The
// temporary copy of a filtered source gets a plain index on the column for the same
// queries.

export type CountedColumn = "tokens" | "assistantTokens";

/** Statuses present in the source: the range seeks go one status at a time. */
const statusList = (statuses: readonly string[]) => statuses.map(() => "?").join(", ");

function ensureIndexed(db: Database.Database, src: StatsSource, column: CountedColumn) {
  if (src.indexed) return;
  const table = src.table.replace(/^temp\./, "");
  db.prepare(`CREATE INDEX IF NOT EXISTS temp.${table}_${column} ON ${table} (${column})`).run();
}

/** Smallest and largest value of the column; nulls when no record has one. */
export function valueRange(db: Database.Database, src: StatsSource, column: CountedColumn, statuses: readonly string[]) {
  ensureIndexed(db, src, column);
  if (!src.indexed) {
    return db.prepare(`SELECT min(c.${column}) AS min, max(c.${column}) AS max FROM ${src.table} c WHERE c.${column} IS NOT NULL`).get() as {
      min: number | null;
      max: number | null;
    };
  }
  // min() and max() with every index column before this one fixed are single seeks; with an IN list they would scan.
  const one = (fn: "min" | "max") => `(SELECT ${fn}(c.${column}) FROM Conversation c WHERE ${src.where} AND c.status = s.value AND c.${column} IS NOT NULL)`;
  return db
    .prepare(`SELECT min(lo) AS min, max(hi) AS max FROM (SELECT ${one("min")} AS lo, ${one("max")} AS hi FROM json_each(?) s)`)
    .get(...src.params, ...src.params, JSON.stringify(statuses)) as { min: number | null; max: number | null };
}

/** Records per bin [edges[i], edges[i+1]). */
export function binCounts(
  db: Database.Database,
  src: StatsSource,
  column: CountedColumn,
  edges: readonly number[],
  statuses: readonly string[],
): HistogramBin[] {
  if (edges.length < 2) return [];
  ensureIndexed(db, src, column);
  const bins = edges.slice(1).map((max, i) => ({ min: edges[i], max }));
  const statusTerm = src.indexed ? ` AND c.status IN (${statusList(statuses)})` : "";
  const counts = db
    .prepare(
      `WITH b(i, lo, hi) AS (VALUES ${bins.map(() => "(?, ?, ?)").join(", ")})
       SELECT (SELECT count(*) FROM ${src.table} c WHERE ${src.where}${statusTerm} AND c.${column} >= b.lo AND c.${column} < b.hi) AS n
       FROM b ORDER BY b.i`,
    )
    .pluck()
    .all(...bins.flatMap((b, i) => [i, b.min, b.max]), ...src.params, ...(src.indexed ? statuses : [])) as number[];
  return bins.map((b, i) => ({ ...b, count: counts[i] }));
}

/** Counted records above `limit`. */
export function countAbove(db: Database.Database, src: StatsSource, column: CountedColumn, limit: number, statuses: readonly string[]): number {
  ensureIndexed(db, src, column);
  const statusTerm = src.indexed ? ` AND c.status IN (${statusList(statuses)})` : "";
  return db
    .prepare(`SELECT count(*) FROM ${src.table} c WHERE ${src.where}${statusTerm} AND c.${column} > ?`)
    .pluck()
    .get(...src.params, ...(src.indexed ? statuses : []), limit) as number;
}
