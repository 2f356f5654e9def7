import type { Actor } from "../../auth/actor";
import { createSnapshot, type SnapshotOutcome } from "../snapshots/create-snapshot";
import { getSnapshot } from "../../db/snapshots/get-snapshot";
import { resolveProvider } from "../../db/providers/provider-settings";
import type { ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import type { LaunchRequest } from "../../validation/launch-request";
import type { FineTuneTarget } from "../../validation/fine-tune-api";
import { createFineTune, type CreatedFineTune } from "./create-fine-tune";
import { launchPreview } from "../../db/fine-tunes/launch-preview";

// A launch as the HTTP API, the CLI and the dataset page's dialog ask for it: from an
// existing snapshot, or from a dataset (its approved records by default), which is
// snapshotted first so the job always points at the exact bytes it trained on. The
// provider is checked before that snapshot is made, and a snapshot already holding
// exactly these records and options is used instead of a copy. The caller then runs or
// starts the launch itself (the CLI waits for it; the server goes on in the background).

export type LaunchTarget = FineTuneTarget;

export async function launchFineTune(actor: Actor, target: LaunchTarget, request: LaunchRequest): Promise<{ job: CreatedFineTune; snapshot: SnapshotOutcome }> {
  const snapshot = await snapshotForLaunch(actor, target, request.provider);
  const job = await createFineTune(actor, await previewOfRequest(snapshot.id, request), request);
  return { job, snapshot };
}

/** The snapshot a launch trains on: the one named, or the dataset's, made (or reused) only once the provider is known to be set up. */
export async function snapshotForLaunch(actor: Actor, target: LaunchTarget, provider: ProviderKind): Promise<SnapshotOutcome> {
  if ("snapshotId" in target) return { ...(await getSnapshot(target.snapshotId)), reused: false };
  await resolveProvider(provider);
  return createSnapshot(actor, target.datasetId, target.snapshot);
}

/** What the provider's rules say of this request on this snapshot (its cost, its refusals). */
export function previewOfRequest(snapshotId: string, request: LaunchRequest) {
  return launchPreview({ snapshotId, model: request.model, method: request.method, provider: request.provider, n_epochs: request.n_epochs });
}
