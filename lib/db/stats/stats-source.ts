import type Database from "better-sqlite3";
import type { ConversationFilter } from "../../validation/conversation-filter";
import { conversationWhere } from "../conversations/conversation-where";
import type { DatasetScope } from "../scope";

// The rows the statistics are taken over, as `FROM <table> c WHERE <where>`, with the
// same WHERE clause as the table (conversationWhere), so both count the same records.
//
// Two ways to get there, because at a million records the difference is seconds:
// - indexed: the whole dataset, or one status. Every figure is read from the stats
//   indexes on (datasetId, deletedAt, status, …) without touching a row, and the
//   histograms count each bin with a range seek.
// - any other filter (labels, search, findings, ranges, …) may need columns of the row
//   itself, so the matching rows' stats columns are copied once into a temporary table
//   and every figure is taken from that copy instead of evaluating the filter again
//   for each figure.

export type StatsSource = {
  table: string;
  where: string;
  params: unknown[];
  indexed: boolean;
  /**
   * The rows again, for looking one up by id from another table (label links,
   * revisions): on Conversation through the index keyed by id that holds the columns
   * the WHERE clause reads, so no row is read.
   */
  byId: string;
  /** Drops the temporary copy, if one was made. */
  release(): void;
};

const COLUMNS = "id, status, turns, language, systemHash, checkedAt, tokens, assistantTokens";
export const LOOKUP_INDEX = "Conversation_id_datasetId_deletedAt_status_idx";

/** Filters the stats indexes answer alone: they lead with (datasetId, deletedAt, status). */
export function isIndexedFilter(f: ConversationFilter): boolean {
  return Object.entries(f).every(([key, value]) => value === undefined || key === "status");
}

let copies = 0;

/** Call inside a read transaction, so the copy and the figures see one state of the data. */
export function statsSource(db: Database.Database, scope: DatasetScope, f: ConversationFilter): StatsSource {
  const where = conversationWhere(scope, f);
  if (isIndexedFilter(f)) {
    return {
      table: "Conversation",
      byId: `Conversation c INDEXED BY ${LOOKUP_INDEX}`,
      where: where.sql,
      params: where.params,
      indexed: true,
      release: () => {},
    };
  }
  // A name per copy: the connection is shared, and a copy must never meet another's rows.
  const name = `stats_rows_${++copies}`;
  db.prepare(
    `CREATE TEMP TABLE ${name} (id INTEGER PRIMARY KEY, status TEXT, turns INTEGER, language TEXT, systemHash TEXT,
       checkedAt TEXT, tokens INTEGER, assistantTokens INTEGER)`,
  ).run();
  db.prepare(
    `INSERT INTO temp.${name} (${COLUMNS}) SELECT ${COLUMNS.split(", ")
      .map((c) => `c.${c}`)
      .join(", ")} FROM Conversation c WHERE ${where.sql}`,
  ).run(...where.params);
  return {
    table: `temp.${name}`,
    byId: `temp.${name} c`,
    where: "1",
    params: [],
    indexed: false,
    release: () => db.prepare(`DROP TABLE IF EXISTS temp.${name}`).run(),
  };
}
