import { z } from "zod";

// The dataset setting behind the unbalanced_labels warning: the largest share of the
// approved set one label may hold, typed as a percentage.
export const LabelShareLimitSchema = z.object({
  datasetId: z.string({ error: "dataset id is required" }).min(1),
  percent: z.coerce
    .number({ error: "Type a percentage between 1 and 100" })
    .int({ error: "Type a whole percentage" })
    .min(1, { error: "Type a percentage between 1 and 100" })
    .max(100, { error: "Type a percentage between 1 and 100 (100 turns the warning off)" }),
});

export type LabelShareLimitInput = z.input<typeof LabelShareLimitSchema>;
