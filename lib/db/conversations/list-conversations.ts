import { db } from "../client";
import type { ConversationFilter, ConversationPageQuery } from "../../validation/conversation-filter";
import { conversationWhere } from "./conversation-where";
import { tokenFences } from "../stats/token-fences";
import { CLUSTER_COLUMNS, CLUSTER_JOIN, FLAG_COLUMNS, flagsOf, type FlagRow, type RecordFlags } from "./record-flags";
import { searchSnippets } from "../search/search-snippets";
import { cursorValue, decodeCursor, encodeCursor, orderBy, SORT_COLUMN, whereAfter, type Cursor } from "./keyset";
import type { DatasetScope } from "../scope";

export type ConversationListRow = RecordFlags & {
  id: number;
  kind: string;
  status: string;
  preview: string;
  turns: number;
  tokens: number | null;
  sourceLine: number | null;
  updatedAt: string;
  labels: { name: string; color: string }[];
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

type RawRow = FlagRow & {
  id: number;
  kind: string;
  status: string;
  preview: string;
  turns: number;
  sourceLine: number | null;
  updatedAt: string | Date;
  sortValue: unknown;
};

/**
 * One page of a dataset's table: filtered, sorted, and positioned by keyset cursor.
 * `snippets`: with a search, each row also says where it matched (the table shows it; the API leaves it out).
 */
export async function listConversations(scope: DatasetScope, q: ConversationPageQuery, opts: { snippets?: boolean } = {}): Promise<ConversationPage> {
  const { datasetId } = scope;
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  const wantDesc = q.dir === "desc";
  // Walking backwards is walking forwards in the opposite order, then reversing the page.
  const back = cursor?.back === true;
  const desc = back ? !wantDesc : wantDesc;
  const { sql: conditions, params } = whereAfter(conversationWhere(scope, q), q.sort, desc, cursor);
  const inner = `SELECT c.id, c.kind, c.status, c.preview, c.turns, c.sourceLine, c.updatedAt, ${FLAG_COLUMNS},
      c.${SORT_COLUMN[q.sort]} AS sortValue
    FROM Conversation c WHERE ${conditions}
    ORDER BY ${orderBy(q.sort, desc)} LIMIT ${q.limit + 1}`;
  // The cluster is looked up for the page's rows only, after the page is chosen.
  const sql = `SELECT p.*, ${CLUSTER_COLUMNS} FROM (${inner}) p ${CLUSTER_JOIN("p")}`;
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

  const rows = await withLabels(scope, page);
  if (opts.snippets && q.q) {
    const snippets = searchSnippets(
      scope,
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

async function withLabels(scope: DatasetScope, rows: RawRow[]): Promise<ConversationListRow[]> {
  const fences = rows.length ? tokenFences(scope) : null;
  const ids = rows.map((r) => Number(r.id));
  const links = ids.length
    ? await db().conversationLabel.findMany({
        where: { conversationId: { in: ids } },
        select: { conversationId: true, label: { select: { name: true, color: true } } },
      })
    : [];
  return rows.map((r) => ({
    ...flagsOf(r, fences),
    id: Number(r.id),
    kind: r.kind,
    status: r.status,
    preview: r.preview,
    turns: Number(r.turns),
    tokens: r.tokens === null ? null : Number(r.tokens),
    sourceLine: r.sourceLine === null ? null : Number(r.sourceLine),
    updatedAt: r.updatedAt instanceof Date ? r.updatedAt.toISOString() : String(r.updatedAt),
    labels: links.filter((l) => l.conversationId === Number(r.id)).map((l) => l.label),
  }));
}

/** How many records match the filter (shown above the table). */
export async function countConversations(scope: DatasetScope, f: ConversationFilter): Promise<number> {
  const where = conversationWhere(scope, f);
  const [{ n }] = await db().$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM Conversation c WHERE ${where.sql}`, ...where.params);
  return Number(n);
}
