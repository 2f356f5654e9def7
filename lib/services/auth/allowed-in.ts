import type { Actor } from "../../auth/actor";
import type { Permission } from "../../auth/permissions";
import { assertAllowed } from "../../db/auth/assert-allowed";
import { grantScope, type DatasetScope } from "../../db/scope";

// The check for an actor already found (the wrappers find it first; a use case checks a
// second dataset it is asked about): may they do this in the dataset? Passing it gives
// the DatasetScope lib/db reads and writes that dataset through. Apart from
// authorize.ts, so the command line and the workers can check without loading the
// request's session code.

export async function allowedIn(actor: Actor, permission: Permission, datasetId: string, what?: string): Promise<DatasetScope> {
  await assertAllowed(actor, permission, datasetId, what);
  return grantScope(datasetId);
}
