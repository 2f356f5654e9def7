"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { createSnapshot } from "../db/snapshots/create-snapshot";
import { systemPromptPreview } from "../db/snapshots/system-prompt-preview";
import type { SystemPromptPreview } from "../snapshots/bake-system-prompt";
import { actionFailure, type ActionResult } from "../api/action-result";
import { SnapshotRequestSchema } from "../validation/snapshot-request";

// Snapshots from the dataset page and its Snapshots page: make one (the export
// buttons and the form), and preview what baking the system prompt would save.

type Field = "validation" | "seed" | "systemPrompt" | "replacement";

export async function createSnapshotAction(datasetId: string, input: unknown): Promise<ActionResult<{ snapshotId: string; number: number }, Field>> {
  const parsed = SnapshotRequestSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const actor = await authorize("datasets.snapshot", String(datasetId));
    const snapshot = await createSnapshot(actor, String(datasetId), parsed.data);
    revalidatePath(`/datasets/${snapshot.datasetId}`, "layout");
    return { ok: true, snapshotId: snapshot.id, number: snapshot.number };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function previewSystemPromptAction(datasetId: string, input: unknown): Promise<ActionResult<{ preview: SystemPromptPreview }, Field>> {
  const parsed = SnapshotRequestSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    await authorize("datasets.snapshot", String(datasetId));
    return { ok: true, preview: await systemPromptPreview(String(datasetId), parsed.data) };
  } catch (e) {
    return actionFailure(e);
  }
}
