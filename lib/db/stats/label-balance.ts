import type Database from "better-sqlite3";
import type { StatsSource } from "./stats-source";

// Records per label among the source's records, and how many carry any label. Starts
// from the dataset's label links (fewer than its records) and looks up each link's
// record; CROSS JOIN holds SQLite to that order, which without it preferred to scan
// every record once per label (17 s instead of about 1 s at a million records).

export type LabelCount = { name: string; color: string; n: number };

export function labelBalance(db: Database.Database, datasetId: string, src: StatsSource): { labels: LabelCount[]; labelled: number } {
  const rows = db
    .prepare(
      `WITH p AS MATERIALIZED (
         SELECT cl.labelId, cl.conversationId FROM Label l
         CROSS JOIN ConversationLabel cl ON cl.labelId = l.id
         CROSS JOIN ${src.table} c ON c.id = cl.conversationId
         WHERE l.datasetId = ? AND ${src.where}
       )
       SELECT l.name, l.color, count(*) AS n FROM p JOIN Label l ON l.id = p.labelId GROUP BY p.labelId
       UNION ALL SELECT NULL, NULL, count(DISTINCT conversationId) FROM p`,
    )
    .all(datasetId, ...src.params) as { name: string | null; color: string | null; n: number }[];
  const labels = rows.filter((r): r is LabelCount => r.name !== null).sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return { labels, labelled: rows.find((r) => r.name === null)?.n ?? 0 };
}
