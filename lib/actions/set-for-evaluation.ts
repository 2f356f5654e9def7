"use server";

import { datasetSettingsForm } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { setForEvaluation } from "../db/datasets/set-for-evaluation";
import { ForEvaluationSchema } from "../validation/for-evaluation";

// Dataset settings: hold the set out for evaluation, so evaluations may use it.
export const setForEvaluationAction = serverAction({ ...datasetSettingsForm(), schema: ForEvaluationSchema }, async (input, actor, ctx) => ({
  forEvaluation: (await setForEvaluation(ctx.scope, input, actor)).forEvaluation,
}));
