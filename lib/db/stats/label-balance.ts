import type Database from "better-sqlite3";
import type { StatsSource } from "./stats-source";

// Records per label among the source's records, and how many carry any label. Both
// start from the label links (fewer than the records) and look each link's record up
// by id, in id order, through the source's id lookup; CROSS JOIN holds SQLite to that
// order, which on its own preferred to scan every record once per label (17 s instead
// of 0.3 s at a million records).

export type LabelCount = { name: string; color: string; n: number };

export function labelBalance(db: Database.Database, datasetId: string, src: StatsSource): { labels: LabelCount[]; labelled: number } {
  // Grouped by name, the order the labels are walked in: no sort.
  const labels = db
    .prepare(
      `SELECT l.name, l.color, count(*) AS n FROM Label l
       CROSS JOIN ConversationLabel cl ON cl.labelId = l.id
       CROSS JOIN ${src.byId} ON c.id = cl.conversationId
       WHERE l.datasetId = ? AND ${src.where}
       GROUP BY l.name`,
    )
    .all(datasetId, ...src.params) as LabelCount[];
  // Links in record order over the source's ids: each labelled record once, without a sort.
  const ids = src.indexed ? `Conversation WHERE datasetId = ?` : src.table;
  const labelled = db
    .prepare(
      `SELECT count(*) FROM (
         SELECT cl.conversationId FROM ConversationLabel cl
         CROSS JOIN ${src.byId} ON c.id = cl.conversationId
         WHERE cl.conversationId BETWEEN (SELECT min(id) FROM ${ids}) AND (SELECT max(id) FROM ${ids})
           AND cl.labelId IN (SELECT id FROM Label WHERE datasetId = ?) AND ${src.where}
         GROUP BY cl.conversationId)`,
    )
    .pluck()
    .get(...(src.indexed ? [datasetId, datasetId] : []), datasetId, ...src.params) as number;
  return { labels: labels.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)), labelled };
}
