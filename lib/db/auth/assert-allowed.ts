import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError, notFound } from "../../errors";
import { can, PERMISSIONS, type Permission } from "../../auth/permissions";
import { visibleDatasets } from "../scope";
import { ROLE_LABELS } from "../../auth/roles";

// Whether an actor, however they were found (session, token, command line), may do
// something, in a dataset when one is named. Membership is checked first, so a dataset
// someone is not a member of is "not found" whatever their role.

export async function assertAllowed(actor: Actor, permission: Permission, datasetId?: string, what = "This dataset"): Promise<void> {
  if (datasetId !== undefined && !(await isMember(actor, datasetId))) throw notFound(what);
  if (!can(actor.role, permission)) {
    throw new AppError("forbidden", `As ${article(ROLE_LABELS[actor.role])} you cannot ${PERMISSIONS[permission].label}. Ask a lead or an admin.`);
  }
}

/** Whether `actor` may see this live dataset; one in the trash of datasets is "not found" to everyone here. */
export async function isMember(actor: Actor, datasetId: string): Promise<boolean> {
  return (await db().dataset.count({ where: { id: datasetId, ...visibleDatasets(actor) } })) > 0;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word.toLowerCase()}` : `a ${word.toLowerCase()}`);
