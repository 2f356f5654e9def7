"use server";

import { datasetSettingsForm } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { setLabelShareLimit } from "../db/datasets/set-label-share-limit";
import { LabelShareLimitSchema } from "../validation/label-share";

// Dataset settings: when one label's share of the approved set becomes a warning.
export const setLabelShareLimitAction = serverAction({ ...datasetSettingsForm(), schema: LabelShareLimitSchema }, async (input, actor, ctx) => ({
  percent: Math.round((await setLabelShareLimit(ctx.scope, input, actor)).labelShareLimit * 100),
}));
