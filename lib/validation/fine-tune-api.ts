import { z } from "zod";
import { launchFields, checkLaunchFields } from "./launch-request";
import { SnapshotRequestSchema, type SnapshotRequest } from "./snapshot-request";

/** What a launch trains on: a snapshot, or a dataset to snapshot first. */
export type FineTuneTarget = { snapshotId: string } | { datasetId: string; snapshot: SnapshotRequest };

// POST /api/v1/fine-tunes: the launch fields, and either the snapshot to train on or
// the dataset to snapshot first (with the snapshot's own fields under "snapshot").
export const FineTuneApiRequestSchema = z
  .object({
    ...launchFields,
    snapshot_id: z.string().min(1).optional(),
    dataset_id: z.string().min(1).optional(),
    snapshot: z.unknown().optional(),
  })
  .superRefine((value, ctx) => {
    checkLaunchFields(value, ctx);
    if (!value.snapshot_id === !value.dataset_id) {
      ctx.addIssue({
        code: "custom",
        path: ["snapshot_id"],
        message: "give snapshot_id (train on that snapshot) or dataset_id (snapshot its approved records first), not both",
      });
    }
  })
  .transform(({ snapshot_id, dataset_id, snapshot, ...launch }) => {
    const target: FineTuneTarget = snapshot_id
      ? { snapshotId: snapshot_id }
      : { datasetId: dataset_id!, snapshot: SnapshotRequestSchema.parse(snapshot ?? {}) };
    return { launch, target };
  });
