"use server";

import { z } from "zod";
import { serverAction, type ActionState } from "../api/server-action";
import { createDataset } from "../db/datasets/create-dataset";
import { DatasetCreateSchema } from "../validation/dataset";

// The "New dataset" form. On success it redirects to the new dataset, so only
// failures come back, with what the user typed so the form can show it again.

type Field = keyof z.input<typeof DatasetCreateSchema>;

// The form sends an empty target model when none is picked: the default applies.
const FormSchema = z.preprocess(
  (v) => (v && typeof v === "object" ? { ...v, targetModel: (v as { targetModel?: unknown }).targetModel || undefined } : v),
  DatasetCreateSchema,
);

export const createDatasetAction = serverAction(
  {
    permission: "datasets.create",
    schema: FormSchema,
    form: true,
    keep: ["name", "description", "targetModel"] as Field[],
    // The two expected refusals show under the field they are about.
    fields: { conflict: "name", bad_request: "targetModel" } as Partial<Record<"conflict" | "bad_request", Field>>,
    revalidate: () => ["/"],
    redirect: (_i, dataset: { id: string }) => `/datasets/${dataset.id}`,
  },
  async (input, actor) => ({ id: (await createDataset(input, actor)).id }),
);

export type CreateDatasetResult = ActionState<{ id: string }, Field, Field>;
