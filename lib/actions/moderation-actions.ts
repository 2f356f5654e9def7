"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { setModerationEnabled } from "../db/moderation/set-moderation-enabled";
import { startModerationScan } from "../db/moderation/run-moderation-scan";
import { actionFailure, type ActionResult } from "../api/action-result";
import { ModerationScanRequestSchema, ModerationSettingSchema } from "../validation/moderation";

// The dataset settings page's moderation pre-scan: the switch that allows sending the
// dataset's content to the provider, and "Scan now", which starts a background scan.

export async function setModerationEnabledAction(input: unknown): Promise<ActionResult<{ enabled: boolean }>> {
  const parsed = ModerationSettingSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const actor = await authorize("datasets.moderate", parsed.data.datasetId);
    const dataset = await setModerationEnabled(parsed.data, actor);
    revalidatePath(`/datasets/${dataset.id}`, "layout");
    return { ok: true, enabled: dataset.moderationEnabled };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function startModerationScanAction(datasetId: string, input: unknown): Promise<ActionResult<{ runId: string }>> {
  const parsed = ModerationScanRequestSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const { runId } = await startModerationScan(String(datasetId), parsed.data, await authorize("datasets.moderate", String(datasetId)));
    revalidatePath(`/datasets/${datasetId}`, "layout");
    return { ok: true, runId };
  } catch (e) {
    return actionFailure(e);
  }
}
