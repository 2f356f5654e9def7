import type { Actor } from "../../auth/actor";
import { getSnapshot, type SnapshotDetail } from "../../db/snapshots/get-snapshot";
import type { Permission } from "../../auth/permissions";
import { requestActor } from "./request-actor";
import { assertAllowed } from "../../db/auth/assert-allowed";

// As authorize(), for a snapshot: its dataset decides membership, so a snapshot of a
// dataset someone is not a member of is "not found", whatever its id.

export async function authorizeSnapshot(permission: Permission, snapshotId: string): Promise<{ actor: Actor; snapshot: SnapshotDetail }> {
  const actor = await requestActor();
  const snapshot = await getSnapshot(snapshotId);
  await assertAllowed(actor, permission, snapshot.datasetId, "This snapshot");
  return { actor, snapshot };
}
