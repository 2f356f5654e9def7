import { db } from "../client";
import type { ConversationFilter, ConversationPageQuery } from "../../validation/conversation-filter";
import { conversationWhere } from "./conversation-where";
import { splitKinds } from "../../quality/kinds";
import { isOutlier } from "../../quality/outliers";
import { tokenFences } from "../stats/token-fences";
import { searchSnippets } from "../search/search-snippets";
import { cursorValue, decodeCursor, encodeCursor, orderBy, SORT_COLUMN, whereAfter, type Cursor } from "./keyset";

export type ConversationListRow = {
  id: number;
  kind: string;
  status: string;
  preview: string;
  turns: number;
  tokens: number | null;
  sourceLine: number | null;
  duplicateOfId: number | null;
  keeperId: number | null;
  /** The record's cluster in the dataset's latest de-duplication run, if it is in one. */
  cluster: { id: number; kind: string; similarity: number; size: number } | null;
  updatedAt: string;
  labels: { name: string; color: string }[];
  quality: {
    checked: boolean;
    errorCount: number;
    findingCodes: string[];
    pii: string[];
    language: string | null;
    signals: string[];
    moderationFlagged: boolean | null;
  };
  /** With a search and `snippets` asked for: the words around the matches, marked (lib/search/snippet-marks.ts). */
  snippet?: string;
};

export type ConversationPage = {
  rows: ConversationListRow[];
  /** Cursor of the page after this one, if any. */
  next: string | null;
  /** Cursor of the page before this one, if any. */
  prev: string | null;
};

type RawRow = Omit<ConversationListRow, "labels" | "updatedAt" | "cluster" | "quality"> & {
  updatedAt: string | Date;
  checkedAt: unknown;
  errorCount: number;
  findingCodes: string;
  pii: string;
  language: string | null;
  signals: string;
  moderationFlagged: number | boolean | null;
  sortValue: unknown;
  clusterId: number | null;
  clusterKind: string | null;
  clusterSimilarity: number | null;
  clusterSize: number | null;
};

/**
 * One page of a dataset's table: filtered, sorted, and positioned by keyset cursor.
 * `snippets`: with a search, each row also says where it matched (the table shows it; the API leaves it out).
 */
export async function listConversations(datasetId: string, q: ConversationPageQuery, opts: { snippets?: boolean } = {}): Promise<ConversationPage> {
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  const wantDesc = q.dir === "desc";
  // Walking backwards is walking forwards in the opposite order, then reversing the page.
  const back = cursor?.back === true;
  const desc = back ? !wantDesc : wantDesc;
  const { sql: conditions, params } = whereAfter(conversationWhere(datasetId, q), q.sort, desc, cursor);
  const inner = `SELECT c.id, c.kind, c.status, c.preview, c.turns, c.tokens, c.sourceLine, c.duplicateOfId, c.keeperId, c.updatedAt,
      c.checkedAt, c.errorCount, c.findingCodes, c.pii, c.language, c.signals, c.moderationFlagged,
      c.${SORT_COLUMN[q.sort]} AS sortValue
    FROM Conversation c WHERE ${conditions}
    ORDER BY ${orderBy(q.sort, desc)} LIMIT ${q.limit + 1}`;
  // The cluster is looked up for the page's rows only, after the page is chosen.
  const sql = `SELECT p.*, dc.id AS clusterId, dc.kind AS clusterKind, dc.similarity AS clusterSimilarity, dc.size AS clusterSize
    FROM (${inner}) p
    LEFT JOIN DuplicateMember m ON m.conversationId = p.id AND m.runId IN (SELECT id FROM DedupRun WHERE datasetId = ? AND againstDatasetId IS NULL)
    LEFT JOIN DuplicateCluster dc ON dc.id = m.clusterId`;
  params.push(datasetId);
  const raw = await db().$queryRawUnsafe<RawRow[]>(sql, ...params);
  const more = raw.length > q.limit;
  const page = raw.slice(0, q.limit);
  if (back) page.reverse();

  const toCursor = (r: RawRow, isBack: boolean): string =>
    encodeCursor({ v: cursorValue(r.sortValue), id: Number(r.id), ...(isBack ? { back: true } : {}) } as Cursor);
  const first = page[0];
  const last = page[page.length - 1];
  const hasNext = back ? true : more;
  const hasPrev = back ? more : cursor !== null;

  const rows = await withLabels(datasetId, page);
  if (opts.snippets && q.q) {
    const snippets = searchSnippets(
      rows.map((r) => r.id),
      q.q,
    );
    for (const r of rows) {
      const snippet = snippets.get(r.id);
      if (snippet) r.snippet = snippet;
    }
  }
  return {
    rows,
    next: hasNext && last ? toCursor(last, false) : null,
    prev: hasPrev && first ? toCursor(first, true) : null,
  };
}

async function withLabels(datasetId: string, rows: RawRow[]): Promise<ConversationListRow[]> {
  const fences = rows.length ? tokenFences(datasetId) : null;
  const ids = rows.map((r) => Number(r.id));
  const links = ids.length
    ? await db().conversationLabel.findMany({
        where: { conversationId: { in: ids } },
        select: { conversationId: true, label: { select: { name: true, color: true } } },
      })
    : [];
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    status: r.status,
    preview: r.preview,
    turns: Number(r.turns),
    tokens: r.tokens === null ? null : Number(r.tokens),
    sourceLine: r.sourceLine === null ? null : Number(r.sourceLine),
    duplicateOfId: r.duplicateOfId === null ? null : Number(r.duplicateOfId),
    keeperId: r.keeperId === null ? null : Number(r.keeperId),
    cluster:
      r.clusterId === null
        ? null
        : { id: Number(r.clusterId), kind: String(r.clusterKind), similarity: Number(r.clusterSimilarity), size: Number(r.clusterSize) },
    updatedAt: r.updatedAt instanceof Date ? r.updatedAt.toISOString() : String(r.updatedAt),
    labels: links.filter((l) => l.conversationId === Number(r.id)).map((l) => l.label),
    quality: {
      checked: r.checkedAt !== null,
      errorCount: Number(r.errorCount),
      findingCodes: splitKinds(r.findingCodes),
      pii: splitKinds(r.pii),
      language: r.language,
      signals: [...splitKinds(r.signals), ...(fences && r.tokens !== null && isOutlier(Number(r.tokens), fences) ? ["outlier"] : [])],
      moderationFlagged: r.moderationFlagged === null ? null : Boolean(r.moderationFlagged),
    },
  }));
}

/** How many records match the filter (shown above the table). */
export async function countConversations(datasetId: string, f: ConversationFilter): Promise<number> {
  const where = conversationWhere(datasetId, f);
  const [{ n }] = await db().$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM Conversation c WHERE ${where.sql}`, ...where.params);
  return Number(n);
}
