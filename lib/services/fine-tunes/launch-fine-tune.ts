import type { Actor } from "../../auth/actor";
import { createSnapshot } from "../snapshots/create-snapshot";
import { getSnapshot, type SnapshotDetail } from "../../db/snapshots/get-snapshot";
import type { LaunchRequest } from "../../validation/launch-request";
import type { FineTuneTarget } from "../../validation/fine-tune-api";
import { createFineTune, type CreatedFineTune } from "./create-fine-tune";
import { launchPreview } from "../../db/fine-tunes/launch-preview";
import type { DatasetScope } from "../../db/scope";

// A launch as the HTTP API and the CLI ask for it: from an existing snapshot, or from a
// dataset (its approved records by default), which is snapshotted first so the job
// always points at the exact bytes it trained on. The caller then runs or starts the
// launch itself (the CLI waits for it; the server goes on in the background).

export type LaunchTarget = FineTuneTarget;

/** `scope`: the dataset the target names (the snapshot's, or the one to snapshot), as the caller's check allowed it. */
export async function launchFineTune(
  actor: Actor,
  scope: DatasetScope,
  target: LaunchTarget,
  request: LaunchRequest,
): Promise<{ job: CreatedFineTune; snapshot: SnapshotDetail }> {
  const snapshot = "snapshotId" in target ? await getSnapshot(scope, target.snapshotId) : await createSnapshot(actor, scope, target.snapshot);
  const job = await createFineTune(actor, await previewOfRequest(scope, snapshot.id, request), request);
  return { job, snapshot };
}

/** What the provider's rules say of this request on this snapshot (its cost, its refusals). */
export function previewOfRequest(scope: DatasetScope, snapshotId: string, request: LaunchRequest) {
  return launchPreview(scope, { snapshotId, model: request.model, method: request.method, provider: request.provider, n_epochs: request.n_epochs });
}
