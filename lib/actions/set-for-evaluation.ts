"use server";

import { serverAction } from "../api/server-action";
import { setForEvaluation } from "../db/datasets/set-for-evaluation";
import { ForEvaluationSchema } from "../validation/for-evaluation";

// Dataset settings: hold the set out for evaluation, so evaluations may use it.
export const setForEvaluationAction = serverAction(
  {
    permission: "datasets.settings",
    schema: ForEvaluationSchema,
    dataset: (i) => i.datasetId,
    form: true,
    revalidate: (i) => [{ path: `/datasets/${i.datasetId}`, type: "layout" }],
  },
  async (input, actor) => ({ forEvaluation: (await setForEvaluation(input, actor)).forEvaluation }),
);
