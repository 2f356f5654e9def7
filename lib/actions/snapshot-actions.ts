"use server";

import { datasetAndInput, inDataset, serverAction } from "../api/server-action";
import { createSnapshot } from "../services/snapshots/create-snapshot";
import { systemPromptPreview } from "../db/snapshots/system-prompt-preview";
import { SnapshotRequestSchema } from "../validation/snapshot-request";

// Snapshots from the dataset page and its Snapshots page: make one (the export
// buttons and the form; the same records and options again answer the snapshot that
// holds them, marked reused), and preview what baking the system prompt would save.

type Field = "validation" | "seed" | "systemPrompt" | "replacement";
const Schema = inDataset(SnapshotRequestSchema);
const args = (datasetId: string, input: unknown) => datasetAndInput(datasetId, input);
const fields = {} as Partial<Record<"bad_request", Field>>;

export const createSnapshotAction = serverAction(
  { permission: "datasets.snapshot", schema: Schema, dataset: (i) => i.datasetId, args, fields },
  async ({ datasetId: _d, ...request }, actor, ctx) => {
    const snapshot = await createSnapshot(actor, ctx.scope, request);
    ctx.revalidate(`/datasets/${snapshot.datasetId}`, "layout");
    return { snapshotId: snapshot.id, number: snapshot.number, records: snapshot.records, reused: snapshot.reused };
  },
);

export const previewSystemPromptAction = serverAction(
  { permission: "datasets.snapshot", schema: Schema, dataset: (i) => i.datasetId, args, fields },
  async ({ datasetId: _d, ...request }, _actor, ctx) => ({
    preview: await systemPromptPreview(ctx.scope, request),
  }),
);
