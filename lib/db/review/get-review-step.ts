import { db } from "../client";
import type { DatasetScope } from "../scope";
import { notFound } from "../../errors";
import type { ReviewQuery } from "../../validation/review-query";
import type { ConversationFilter } from "../../validation/conversation-filter";
import type { ConversationRecord } from "../../validation/conversation-record";
import { conversationWhere } from "../conversations/conversation-where";
import { cursorValue, orderBy, SORT_COLUMN, whereAfter } from "../conversations/keyset";
import { getConversation } from "../conversations/get-conversation";

// One step of review mode: the conversation on screen, its neighbours in the table's
// order under the current filter, and the next one loaded in full (so a decision can
// show it at once). Neighbours are found from the position of the record on screen,
// not by offset, so a record that leaves the filter (approved while walking "pending")
// does not shift the walk. Progress is a count over the whole filter, which costs more
// than the step itself on a large set, so the page streams it in separately.

export type ReviewProgress = { reviewed: number; total: number };

export type ReviewStep = {
  current: ConversationRecord | null;
  prevId: number | null;
  nextId: number | null;
  next: ConversationRecord | null;
};

type Position = { id: number; v: string | number | null };

export async function getReviewStep(scope: DatasetScope, q: ReviewQuery): Promise<ReviewStep> {
  const desc = q.dir === "desc";
  const here = q.at ? await positionOf(scope, q) : null;
  const currentId = here ? here.id : await neighbour(scope, q, null, desc);
  const [prevId, nextId] = await Promise.all([
    here ? neighbour(scope, q, here, !desc) : Promise.resolve(null),
    currentId === null ? Promise.resolve(null) : neighbour(scope, q, here ?? (await positionById(currentId, q)), desc),
  ]);
  const [current, next] = await Promise.all([
    currentId === null ? null : getConversation(scope, currentId),
    nextId === null ? null : getConversation(scope, nextId),
  ]);
  return { current, prevId, nextId, next };
}

async function positionOf({ datasetId }: DatasetScope, q: ReviewQuery): Promise<Position> {
  const [row] = await db().$queryRawUnsafe<{ id: number | bigint; v: unknown }[]>(
    `SELECT id, ${SORT_COLUMN[q.sort]} AS v FROM Conversation WHERE id = ? AND datasetId = ? AND deletedAt IS NULL`,
    q.at,
    datasetId,
  );
  if (!row) throw notFound(`Conversation ${q.at}`);
  return { id: Number(row.id), v: cursorValue(row.v) };
}

async function positionById(id: number, q: ReviewQuery): Promise<Position> {
  const [row] = await db().$queryRawUnsafe<{ v: unknown }[]>(`SELECT ${SORT_COLUMN[q.sort]} AS v FROM Conversation WHERE id = ?`, id);
  return { id, v: cursorValue(row?.v) };
}

/** The first record of the filter after `from` walking in the given direction (from the start when null). */
async function neighbour(scope: DatasetScope, q: ReviewQuery, from: Position | null, descending: boolean): Promise<number | null> {
  const { sql: conditions, params } = whereAfter(conversationWhere(scope, q), q.sort, descending, from);
  const [row] = await db().$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT c.id FROM Conversation c WHERE ${conditions} ORDER BY ${orderBy(q.sort, descending)} LIMIT 1`,
    ...params,
  );
  return row ? Number(row.id) : null;
}

/**
 * "132 of 480 reviewed": over the filter without its status condition, since walking
 * "pending" is exactly the work of making records leave it.
 */
export async function getReviewProgress(scope: DatasetScope, q: ConversationFilter): Promise<ReviewProgress> {
  const where = conversationWhere(scope, { ...q, status: undefined });
  const rows = await db().$queryRawUnsafe<{ status: string; n: number | bigint }[]>(
    `SELECT c.status AS status, count(*) AS n FROM Conversation c WHERE ${where.sql} GROUP BY c.status`,
    ...where.params,
  );
  let total = 0;
  let reviewed = 0;
  for (const r of rows) {
    total += Number(r.n);
    if (r.status !== "pending") reviewed += Number(r.n);
  }
  return { reviewed, total };
}
