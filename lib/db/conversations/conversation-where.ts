import type { ConversationFilter } from "../../validation/conversation-filter";
import { toMatchQuery } from "../search/search-index";
import { tokenFences } from "../stats/token-fences";
import type { DatasetScope } from "../scope";

// The SQL WHERE clause for a dataset's current filter. The table page, its counts and
// "export the current filter" all build their query here, so they agree on the rows.
// (Raw SQL because full-text MATCH has no Prisma equivalent.)

export type Where = { sql: string; params: unknown[] };

/** `inTrash`: the same filter over the records moved to the trash (bulk restore). */
export function conversationWhere(scope: DatasetScope, f: ConversationFilter, alias = "c", inTrash = false): Where {
  const { datasetId } = scope;
  const parts = [`${alias}.datasetId = ?`, `${alias}.deletedAt IS ${inTrash ? "NOT " : ""}NULL`];
  const params: unknown[] = [datasetId];
  if (f.status) {
    parts.push(`${alias}.status = ?`);
    params.push(f.status);
  }
  if (f.invalid === "1") parts.push(`${alias}.kind = 'invalid'`);
  if (f.invalid === "0") parts.push(`${alias}.kind != 'invalid'`);
  if (f.duplicate === "1") parts.push(`${alias}.duplicateOfId IS NOT NULL`);
  if (f.duplicate === "0") parts.push(`${alias}.duplicateOfId IS NULL`);
  if (f.cluster) {
    parts.push(
      `${f.cluster === "1" ? "" : "NOT "}EXISTS (SELECT 1 FROM DuplicateMember m JOIN DedupRun r ON r.id = m.runId
         WHERE m.conversationId = ${alias}.id AND r.datasetId = ${alias}.datasetId AND r.againstDatasetId IS NULL)`,
    );
  }
  if (f.label) {
    parts.push(
      `EXISTS (SELECT 1 FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId
               WHERE cl.conversationId = ${alias}.id AND l.datasetId = ${alias}.datasetId AND l.name = ?)`,
    );
    params.push(f.label);
  }
  if (f.check === "errors") parts.push(`${alias}.errorCount > 0`);
  else if (f.check === "warnings") parts.push(`${alias}.findingCodes != '' AND ${alias}.errorCount = 0`);
  else if (f.check === "clean") parts.push(`${alias}.checkedAt IS NOT NULL AND ${alias}.findingCodes = ''`);
  else if (f.check) {
    parts.push(`${alias}.findingCodes LIKE ?`);
    params.push(`%,${f.check},%`);
  }
  if (f.pii === "any") parts.push(`${alias}.pii != ''`);
  else if (f.pii) {
    parts.push(`${alias}.pii LIKE ?`);
    params.push(`%,${f.pii},%`);
  }
  if (f.signal === "outlier") {
    const fences = tokenFences(scope);
    if (fences) {
      parts.push(`(${alias}.tokens < ? OR ${alias}.tokens > ?)`);
      params.push(fences.low, fences.high);
    } else {
      parts.push("0"); // too few counted records to call anything an outlier
    }
  } else if (f.signal) {
    parts.push(`${alias}.signals LIKE ?`);
    params.push(`%,${f.signal},%`);
  }
  if (f.language) {
    parts.push(`${alias}.language = ?`);
    params.push(f.language);
  }
  if (f.system === "none") parts.push(`${alias}.systemHash IS NULL AND ${alias}.checkedAt IS NOT NULL`);
  else if (f.system) {
    parts.push(`${alias}.systemHash = ?`);
    params.push(f.system);
  }
  if (f.moderation === "flagged") parts.push(`${alias}.moderationFlagged = 1`);
  if (f.moderation === "unscanned") parts.push(`${alias}.moderatedAt IS NULL`);
  for (const [column, min, max] of [
    ["tokens", f.tokensMin, f.tokensMax],
    ["assistantTokens", f.assistantTokensMin, f.assistantTokensMax],
    ["turns", f.turnsMin, f.turnsMax],
  ] as const) {
    if (min !== undefined) {
      parts.push(`${alias}.${column} >= ?`);
      params.push(min);
    }
    if (max !== undefined) {
      parts.push(`${alias}.${column} < ?`);
      params.push(max);
    }
  }
  if (f.q) {
    const match = toMatchQuery(f.q);
    if (match) {
      parts.push(`${alias}.id IN (SELECT rowid FROM conversation_fts WHERE conversation_fts MATCH ?)`);
      params.push(match);
    } else {
      parts.push("0");
    }
  }
  return { sql: parts.join(" AND "), params };
}
