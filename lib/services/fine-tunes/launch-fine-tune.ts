import type { Actor } from "../../auth/actor";
import { createSnapshot } from "../snapshots/create-snapshot";
import { getSnapshot, type SnapshotDetail } from "../../db/snapshots/get-snapshot";
import type { LaunchRequest } from "../../validation/launch-request";
import type { FineTuneTarget } from "../../validation/fine-tune-api";
import { createFineTune, type CreatedFineTune } from "./create-fine-tune";
import { launchPreview } from "../../db/fine-tunes/launch-preview";

// A launch as the HTTP API and the CLI ask for it: from an existing snapshot, or from a
// dataset (its approved records by default), which is snapshotted first so the job
// always points at the exact bytes it trained on. The caller then runs or starts the
// launch itself (the CLI waits for it; the server goes on in the background).

export type LaunchTarget = FineTuneTarget;

export async function launchFineTune(actor: Actor, target: LaunchTarget, request: LaunchRequest): Promise<{ job: CreatedFineTune; snapshot: SnapshotDetail }> {
  const snapshot = "snapshotId" in target ? await getSnapshot(target.snapshotId) : await createSnapshot(actor, target.datasetId, target.snapshot);
  const preview = await launchPreview({
    snapshotId: snapshot.id,
    model: request.model,
    method: request.method,
    provider: request.provider,
    n_epochs: request.n_epochs,
  });
  const job = await createFineTune(actor, preview, request);
  return { job, snapshot };
}
