import { db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { notFound } from "../../errors";
import type { Permission } from "../../auth/permissions";
import { requestActor } from "./request-actor";
import { assertAllowed } from "../../db/auth/assert-allowed";

// The check every server action, route handler and page makes before it reads or
// writes: who is asking, may their role do this, and are they a member of the dataset.
// A dataset they are not a member of is "not found", so its existence does not leak.

export async function authorize(permission: Permission, datasetId?: string): Promise<Actor> {
  const actor = await requestActor();
  await assertAllowed(actor, permission, datasetId);
  return actor;
}

/** As authorize, for an action on one conversation (its dataset decides membership). */
export async function authorizeConversation(permission: Permission, conversationId: number): Promise<Actor> {
  const actor = await requestActor();
  await assertAllowed(actor, permission, await conversationDataset(conversationId), "This conversation");
  return actor;
}

/** The dataset a conversation belongs to, which decides who may act on it. */
export async function conversationDataset(conversationId: number): Promise<string> {
  const row = await db().conversation.findUnique({ where: { id: conversationId }, select: { datasetId: true } });
  if (!row) throw notFound("This conversation");
  return row.datasetId;
}

/**
 * As authorize, for something that belongs to a dataset (a job, a sweep): who asks is
 * found first, then the dataset, so someone signed out never learns what exists.
 */
export async function authorizeOwned(permission: Permission, datasetOf: () => Promise<string>): Promise<Actor> {
  const actor = await requestActor();
  await assertAllowed(actor, permission, await datasetOf());
  return actor;
}
