import type Database from "better-sqlite3";
import type { StatsSource } from "./stats-source";

// Counts by status, turns, language and system prompt, and how many records wait for
// their checks, in one pass: the rows are grouped once by all four (in the order of the
// stats facets index, so without a sort), and each figure sums those groups. The
// groups stay in SQL; only the sums come back, never one row per record.

export const TOP_PROMPTS = 10;

export type FacetRow = { facet: "status" | "turns" | "language" | "system" | "system_rest"; value: string | number | null; n: number; unchecked: number };

export function facetCounts(db: Database.Database, src: StatsSource): FacetRow[] {
  return db
    .prepare(
      `WITH g AS MATERIALIZED (
         SELECT c.status, c.turns, c.language, c.systemHash, count(*) AS n, sum(c.checkedAt IS NULL) AS unchecked
         FROM ${src.table} c WHERE ${src.where} GROUP BY c.status, c.turns, c.language, c.systemHash
       )
       SELECT 'status' AS facet, status AS value, sum(n) AS n, sum(unchecked) AS unchecked FROM g GROUP BY status
       UNION ALL SELECT 'turns', turns, sum(n), sum(unchecked) FROM g GROUP BY turns
       UNION ALL SELECT 'language', language, sum(n), sum(unchecked) FROM g GROUP BY language
       UNION ALL SELECT * FROM (
         SELECT 'system', systemHash, sum(n) AS n, sum(unchecked) FROM g WHERE systemHash IS NOT NULL
         GROUP BY systemHash ORDER BY n DESC, systemHash LIMIT ${TOP_PROMPTS})
       UNION ALL SELECT 'system', NULL, sum(n), sum(unchecked) FROM g WHERE systemHash IS NULL HAVING count(*) > 0
       -- every prompt, for "other prompts": their number (value) and records (n)
       UNION ALL SELECT 'system_rest', count(DISTINCT systemHash), sum(n), 0 FROM g WHERE systemHash IS NOT NULL`,
    )
    .all(...src.params) as FacetRow[];
}
