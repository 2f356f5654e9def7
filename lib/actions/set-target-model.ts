"use server";

import { serverAction } from "../api/server-action";
import { setTargetModel } from "../db/datasets/set-target-model";
import { TargetModelChangeSchema } from "../validation/target-model";

// Dataset settings: change the target model, which clears and recounts every token count.
// A model Tuneset does not know shows under the field.
export const setTargetModelAction = serverAction(
  {
    permission: "datasets.settings",
    schema: TargetModelChangeSchema,
    dataset: (i) => i.datasetId,
    form: true,
    fields: { bad_request: "targetModel" as const },
    revalidate: (i) => [{ path: `/datasets/${i.datasetId}`, type: "layout" }, "/"],
  },
  async (input, actor) => {
    const { dataset, recounting } = await setTargetModel(input, actor);
    return { targetModel: dataset.targetModel, recounting };
  },
);
