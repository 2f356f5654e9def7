import { z } from "zod";

// Dataset settings: whether the set is held out for evaluation. Form checkboxes send
// "on" or nothing; the API and tests send booleans.
export const ForEvaluationSchema = z.object({
  datasetId: z.string().min(1, { error: "datasetId is required" }),
  forEvaluation: z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean()),
});
export type ForEvaluationInput = z.infer<typeof ForEvaluationSchema>;
