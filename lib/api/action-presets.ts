import type { z } from "zod";
import type { Permission } from "../auth/permissions";
import { CONFLICT_ACTION_ERROR } from "./action-result";
import { conversationPages, datasetAndInput, inDataset } from "./server-action";

// Options that whole families of server actions share, spread into serverAction's
// options so each action names only its schema and its write. One place decides how a
// conversation edit is authorized and refreshed, or which pages a dataset setting
// refreshes, so two actions of the same family cannot drift apart.

/** A write to one conversation: the permission in its dataset, its pages refreshed, a stale version worded for the page. */
export const conversationWrite = <P extends Permission>(permission: P) => ({
  permission,
  conversation: (i: { id: number }) => i.id,
  revalidate: conversationPages,
  conflict: CONFLICT_ACTION_ERROR,
});

/** Every page under one dataset (its layout shows counts and settings). */
export const datasetLayout = (i: { datasetId: string }) => [{ path: `/datasets/${i.datasetId}`, type: "layout" as const }];

/** A dataset settings form (useActionState): "datasets.settings" in the dataset the form names; also refreshes `also`. */
export const datasetSettingsForm = (...also: string[]) => ({
  permission: "datasets.settings" as const,
  dataset: (i: { datasetId: string }) => i.datasetId,
  form: true as const,
  revalidate: (i: { datasetId: string }) => [...datasetLayout(i), ...also],
});

/** An action called as (datasetId, input): the schema's fields beside the dataset's id, checked in that dataset. */
export const datasetCall = <P extends Permission, S extends z.ZodType>(permission: P, schema: S) => ({
  permission,
  schema: inDataset(schema),
  dataset: (i: { datasetId: string }) => i.datasetId,
  args: (datasetId: string, input: unknown) => datasetAndInput(datasetId, input),
  revalidate: datasetLayout,
});
