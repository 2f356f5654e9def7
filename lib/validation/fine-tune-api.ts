import { z } from "zod";
import { launchFields, checkLaunchFields } from "./launch-request";
import { SnapshotRequestSchema, type SnapshotRequest } from "./snapshot-request";

/** What a launch trains on: a snapshot, or a dataset to snapshot first. */
export type FineTuneTarget = { snapshotId: string } | { datasetId: string; snapshot: SnapshotRequest };

const id = (what: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string({ error: `${what} must be text` })
      .min(1)
      .max(200)
      .optional(),
  );

/**
 * What the launch dialog's form launches from: the snapshot it was opened on, or, from
 * the dataset page, the dataset whose approved records Launch snapshots first (with the
 * split fraction and seed the dialog checked). Named apart from the job's own seed.
 */
export const LaunchTargetFormSchema = z
  .object({
    snapshotId: id("snapshotId"),
    datasetId: id("datasetId"),
    snapshotValidation: SnapshotRequestSchema.shape.validation,
    snapshotSeed: SnapshotRequestSchema.shape.seed,
  })
  .superRefine((v, ctx) => {
    if (!v.snapshotId === !v.datasetId) ctx.addIssue({ code: "custom", path: ["snapshotId"], message: "give snapshotId or datasetId, not both" });
  });

/** The form's target as the launch service takes it: the dataset's approved records, never another status. */
export function formTarget(v: z.output<typeof LaunchTargetFormSchema>): FineTuneTarget {
  if (v.snapshotId) return { snapshotId: v.snapshotId };
  return { datasetId: v.datasetId!, snapshot: SnapshotRequestSchema.parse({ status: "approved", validation: v.snapshotValidation, seed: v.snapshotSeed }) };
}

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
