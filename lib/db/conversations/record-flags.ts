import { db } from "../client";
import { splitKinds } from "../../quality/kinds";
import { isOutlier, type TokenFences } from "../../quality/outliers";
import { tokenFences } from "../stats/token-fences";
import type { DatasetScope } from "../scope";

// What the table's chips say about a record (pre-flight findings, personal data,
// signals and length outliers, language, its duplicate cluster), read the same way for
// a page of the table and for the records review mode shows, so both draw the same chips.

export type RecordQuality = {
  /** False while the background pass has not checked this version of the record. */
  checked: boolean;
  errorCount: number;
  findingCodes: string[];
  pii: string[];
  language: string | null;
  /** Stored signals plus "outlier" when the token count is outside the dataset's fences. */
  signals: string[];
  moderationFlagged: boolean | null;
};

/** The record's cluster in the dataset's latest de-duplication run, if it is in one. */
export type RecordCluster = { id: number; kind: string; similarity: number; size: number } | null;

export type RecordFlags = { duplicateOfId: number | null; keeperId: number | null; cluster: RecordCluster; quality: RecordQuality };

/** The columns the flags are read from, on the Conversation row `c`. */
export const FLAG_COLUMNS = `c.tokens, c.duplicateOfId, c.keeperId, c.checkedAt, c.errorCount, c.findingCodes, c.pii, c.language, c.signals, c.moderationFlagged`;

/** Joins row set `p`'s cluster in the dataset's latest runs (one parameter: the dataset id). */
export const CLUSTER_JOIN = (p: string) => `LEFT JOIN DuplicateMember m ON m.conversationId = ${p}.id
    AND m.runId IN (SELECT id FROM DedupRun WHERE datasetId = ? AND againstDatasetId IS NULL)
  LEFT JOIN DuplicateCluster dc ON dc.id = m.clusterId`;
export const CLUSTER_COLUMNS = `dc.id AS clusterId, dc.kind AS clusterKind, dc.similarity AS clusterSimilarity, dc.size AS clusterSize`;

export type FlagRow = {
  tokens: number | bigint | null;
  duplicateOfId: number | bigint | null;
  keeperId: number | bigint | null;
  checkedAt: unknown;
  errorCount: number | bigint;
  findingCodes: string;
  pii: string;
  language: string | null;
  signals: string;
  moderationFlagged: number | boolean | null;
  clusterId: number | bigint | null;
  clusterKind: string | null;
  clusterSimilarity: number | null;
  clusterSize: number | bigint | null;
};

const num = (v: number | bigint | null) => (v === null ? null : Number(v));

export function flagsOf(r: FlagRow, fences: TokenFences | null): RecordFlags {
  return {
    duplicateOfId: num(r.duplicateOfId),
    keeperId: num(r.keeperId),
    cluster:
      r.clusterId === null
        ? null
        : { id: Number(r.clusterId), kind: String(r.clusterKind), similarity: Number(r.clusterSimilarity), size: Number(r.clusterSize) },
    quality: {
      checked: r.checkedAt !== null,
      errorCount: Number(r.errorCount),
      findingCodes: splitKinds(r.findingCodes),
      pii: splitKinds(r.pii),
      language: r.language,
      signals: [...splitKinds(r.signals), ...(fences && r.tokens !== null && isOutlier(Number(r.tokens), fences) ? ["outlier"] : [])],
      moderationFlagged: r.moderationFlagged === null ? null : Boolean(r.moderationFlagged),
    },
  };
}

/** The flags of some records of one dataset, by id (review mode's record and the next one). */
export async function recordFlags(scope: DatasetScope, ids: readonly number[]): Promise<Record<string, RecordFlags>> {
  if (!ids.length) return {};
  const { datasetId } = scope;
  const rows = await db().$queryRawUnsafe<(FlagRow & { id: number | bigint })[]>(
    `SELECT c.id, ${FLAG_COLUMNS}, ${CLUSTER_COLUMNS} FROM Conversation c ${CLUSTER_JOIN("c")}
     WHERE c.datasetId = ? AND c.id IN (${ids.map(() => "?").join(", ")})`,
    datasetId,
    datasetId,
    ...ids,
  );
  const fences = tokenFences(scope);
  return Object.fromEntries(rows.map((r) => [String(r.id), flagsOf(r, fences)]));
}
