import { z } from "zod";

// The dataset settings form: which fine-tunable model the dataset is meant for.
export const TargetModelChangeSchema = z.object({
  datasetId: z.string({ error: "dataset id is required" }).min(1),
  targetModel: z.string({ error: "Pick a model" }).trim().min(1, { error: "Pick a model" }),
});

export type TargetModelChangeInput = z.input<typeof TargetModelChangeSchema>;
