import type { Actor } from "../../auth/actor";
import { createSnapshot, type SnapshotOutcome } from "../snapshots/create-snapshot";
import { getSnapshot } from "../../db/snapshots/get-snapshot";
import { resolveProvider } from "../../db/providers/provider-settings";
import type { ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import type { LaunchRequest } from "../../validation/launch-request";
import type { FineTuneTarget } from "../../validation/fine-tune-api";
import { createFineTune, type CreatedFineTune } from "./create-fine-tune";
import { launchPreview } from "../../db/fine-tunes/launch-preview";
import type { DatasetScope } from "../../db/scope";

// A launch as the HTTP API, the CLI and the dataset page's dialog ask for it: from an
// existing snapshot, or from a dataset (its approved records by default), which is
// snapshotted first so the job always points at the exact bytes it trained on. The
// provider is checked before that snapshot is made, and a snapshot already holding
// exactly these records and options is used instead of a copy. The caller then runs or
// starts the launch itself (the CLI waits for it; the server goes on in the background).

export type LaunchTarget = FineTuneTarget;

/** `scope`: the dataset the target names (the snapshot's, or the one to snapshot), as the caller's check allowed it. */
export async function launchFineTune(
  actor: Actor,
  scope: DatasetScope,
  target: LaunchTarget,
  request: LaunchRequest,
): Promise<{ job: CreatedFineTune; snapshot: SnapshotOutcome }> {
  const snapshot = await snapshotForLaunch(actor, scope, target, request.provider);
  const job = await createFineTune(actor, await previewOfRequest(scope, snapshot.id, request), request);
  return { job, snapshot };
}

/** The snapshot a launch trains on: the one named, or the dataset's, made (or reused) only once the provider is known to be set up. */
export async function snapshotForLaunch(actor: Actor, scope: DatasetScope, target: LaunchTarget, provider: ProviderKind): Promise<SnapshotOutcome> {
  if ("snapshotId" in target) return { ...(await getSnapshot(scope, target.snapshotId)), reused: false };
  await resolveProvider(provider);
  return createSnapshot(actor, scope, target.snapshot);
}

/** What the provider's rules say of this request on this snapshot (its cost, its refusals). */
export function previewOfRequest(scope: DatasetScope, snapshotId: string, request: LaunchRequest) {
  return launchPreview(scope, { snapshotId, model: request.model, method: request.method, provider: request.provider, n_epochs: request.n_epochs });
}
