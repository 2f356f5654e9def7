import { getSnapshot, type SnapshotDetail } from "../../db/snapshots/get-snapshot";
import type { Permission } from "../../auth/permissions";
import { requestActor } from "./request-actor";
import type { Allowed } from "./authorize";
import { allowedIn } from "./allowed-in";
import { datasetOfSnapshot } from "../../db/auth/dataset-owners";
import { isAppError, notFound } from "../../errors";

// As authorize(), for a snapshot: its dataset decides membership, so a snapshot of a
// dataset someone is not a member of is "not found", whatever its id.

export async function authorizeSnapshot(permission: Permission, snapshotId: string): Promise<Allowed & { snapshot: SnapshotDetail }> {
  const actor = await requestActor();
  const datasetId = await datasetOfSnapshot(snapshotId).catch((e: unknown) => {
    // Worded like a snapshot outside the user's datasets, so the two cannot be told apart.
    throw isAppError(e) && e.code === "not_found" ? notFound("This snapshot") : e;
  });
  const scope = await allowedIn(actor, permission, datasetId, "This snapshot");
  return { actor, scope, snapshot: await getSnapshot(scope, snapshotId) };
}
