"use server";

import { datasetSettingsForm } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { setTargetModel } from "../db/datasets/set-target-model";
import { TargetModelChangeSchema } from "../validation/target-model";

// Dataset settings: change the target model, which clears and recounts every token count.
// A model Tuneset does not know shows under the field.
export const setTargetModelAction = serverAction(
  { ...datasetSettingsForm("/"), schema: TargetModelChangeSchema, fields: { bad_request: "targetModel" as const } },
  async (input, actor, ctx) => {
    const { dataset, recounting } = await setTargetModel(ctx.scope, input, actor);
    return { targetModel: dataset.targetModel, recounting };
  },
);
