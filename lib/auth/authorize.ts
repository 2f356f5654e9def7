import { db } from "../db/client";
import type { Actor } from "../db/actor";
import { AppError, notFound } from "../errors";
import { can, PERMISSIONS, seesAllDatasets, type Permission } from "./permissions";
import { ROLE_LABELS } from "./roles";
import { requestActor } from "./request-actor";

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
  const row = await db().conversation.findUnique({ where: { id: conversationId }, select: { datasetId: true } });
  if (!row) throw notFound("This conversation");
  await assertAllowed(actor, permission, row.datasetId, "This conversation");
  return actor;
}

export async function assertAllowed(actor: Actor, permission: Permission, datasetId?: string, what = "This dataset"): Promise<void> {
  if (datasetId !== undefined && !(await isMember(actor, datasetId))) throw notFound(what);
  if (!can(actor.role, permission)) {
    throw new AppError("forbidden", `As ${article(ROLE_LABELS[actor.role])} you cannot ${PERMISSIONS[permission].label}. Ask a lead or an admin.`);
  }
}

export async function isMember(actor: Actor, datasetId: string): Promise<boolean> {
  if (seesAllDatasets(actor.role)) return true;
  return (await db().datasetMember.count({ where: { datasetId, userId: actor.id } })) > 0;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word.toLowerCase()}` : `a ${word.toLowerCase()}`);
