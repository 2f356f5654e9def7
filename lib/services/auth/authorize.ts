import type { Actor } from "../../auth/actor";
import type { Permission } from "../../auth/permissions";
import { requestActor } from "./request-actor";
import { assertAllowed } from "../../db/auth/assert-allowed";
import { datasetOfConversation } from "../../db/auth/dataset-owners";
import type { DatasetScope } from "../../db/scope";
import { allowedIn } from "./allowed-in";

// The check every server action, route handler and page makes before it reads or
// writes: who is asking, may their role do this, and are they a member of the dataset.
// A dataset they are not a member of is "not found", so its existence does not leak.
// Passing the check is what gives a DatasetScope, the only way into a dataset's rows
// in lib/db (lib/db/scope.ts).

export type Allowed = { actor: Actor; scope: DatasetScope };

export async function authorize(permission: Permission, datasetId?: string): Promise<Actor> {
  const actor = await requestActor();
  await assertAllowed(actor, permission, datasetId);
  return actor;
}

/** As authorize, in one dataset: the actor and the scope its rows are read and written through. */
export async function authorizeDataset(permission: Permission, datasetId: string): Promise<Allowed> {
  const actor = await requestActor();
  return { actor, scope: await allowedIn(actor, permission, datasetId) };
}

/** As authorizeDataset, for an action on one conversation (its dataset decides membership). */
export async function authorizeConversation(permission: Permission, conversationId: number): Promise<Allowed> {
  const actor = await requestActor();
  return { actor, scope: await allowedIn(actor, permission, await datasetOfConversation(conversationId), "This conversation") };
}

/**
 * As authorizeDataset, for something that belongs to a dataset (a job, a sweep): who
 * asks is found first, then the dataset, so someone signed out never learns what exists.
 */
export async function authorizeOwned(permission: Permission, datasetOf: () => Promise<string>): Promise<Allowed> {
  const actor = await requestActor();
  return { actor, scope: await allowedIn(actor, permission, await datasetOf()) };
}
