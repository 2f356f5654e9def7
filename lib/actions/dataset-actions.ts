"use server";

import { z } from "zod";
import { datasetSettingsForm } from "../api/action-presets";
import { inDataset, serverAction, type ActionState } from "../api/server-action";
import { editDataset } from "../db/datasets/edit-dataset";
import { restoreDataset, trashDataset } from "../db/datasets/dataset-trash";
import { DatasetEditSchema, DatasetRestoreSchema } from "../validation/dataset";

// A dataset's name, description and life: renamed and described on its settings page,
// deleted there into the trash of datasets, restored from that trash. The same schemas
// as PATCH /api/v1/datasets/[id], POST …/restore and `tuneset datasets`.

type EditField = "name" | "description";

export const editDatasetAction = serverAction(
  {
    ...datasetSettingsForm("/", "/datasets/trash"),
    schema: inDataset(DatasetEditSchema),
    keep: ["name", "description"] as EditField[],
    // A name another dataset has shows under the name field, with what was typed kept.
    fields: { conflict: "name" } as Partial<Record<"conflict", EditField>>,
  },
  async ({ name, description }, actor, ctx) => {
    const dataset = await editDataset(ctx.scope, { name, description }, actor);
    return { name: dataset.name, description: dataset.description };
  },
);

export type EditDatasetResult = ActionState<{ name: string; description: string }, EditField, EditField>;

export const deleteDatasetAction = serverAction(
  {
    permission: "datasets.delete",
    schema: z.object({ datasetId: z.string({ error: "dataset id is required" }).min(1, { error: "dataset id is required" }) }),
    dataset: (i) => i.datasetId,
    args: (datasetId: string) => ({ datasetId }),
    revalidate: (i) => ["/", "/datasets/trash", { path: `/datasets/${i.datasetId}`, type: "layout" }],
    // The list says what was deleted and where to get it back.
    redirect: (i) => `/?deleted=${encodeURIComponent(i.datasetId)}`,
  },
  async (_input, actor, ctx) => {
    const dataset = await trashDataset(ctx.scope, actor);
    return { id: dataset.id };
  },
);

// The empty name field of the trash's form means "under its own name".
const RestoreFormSchema = z.preprocess(
  (v) => (v && typeof v === "object" ? { ...v, name: (v as { name?: unknown }).name || undefined } : v),
  z.object({ datasetId: z.string({ error: "dataset id is required" }).min(1, { error: "dataset id is required" }) }).and(DatasetRestoreSchema),
);

export const restoreDatasetAction = serverAction(
  {
    // No dataset to check membership in: a deleted one is not found there. The role is
    // checked first; restoreDataset finds the dataset only among those the user could see.
    permission: "datasets.delete",
    schema: RestoreFormSchema,
    form: true,
    keep: ["name"] as "name"[],
    fields: { conflict: "name", bad_request: "name" } as Partial<Record<"conflict" | "bad_request", "name">>,
    revalidate: (i) => ["/", "/datasets/trash", { path: `/datasets/${i.datasetId}`, type: "layout" }],
    redirect: (_i, out: { id: string }) => `/datasets/${out.id}`,
  },
  async ({ datasetId, name }, actor) => ({ id: (await restoreDataset(datasetId, { name }, actor)).id }),
);

export type RestoreDatasetResult = ActionState<{ id: string }, "name", "name">;
