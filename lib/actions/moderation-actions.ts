"use server";

import { datasetCall, datasetLayout } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { setModerationEnabled } from "../db/moderation/set-moderation-enabled";
import { startModerationScan } from "../services/moderation/run-moderation-scan";
import { ModerationScanRequestSchema, ModerationSettingSchema } from "../validation/moderation";

// The dataset settings page's moderation pre-scan: the switch that allows sending the
// dataset's content to the provider, and "Scan now", which starts a background scan.

export const setModerationEnabledAction = serverAction(
  { permission: "datasets.moderate", schema: ModerationSettingSchema, dataset: (i) => i.datasetId, revalidate: datasetLayout },
  async (input, actor, ctx) => ({ enabled: (await setModerationEnabled(ctx.scope, input, actor)).moderationEnabled }),
);

export const startModerationScanAction = serverAction(
  datasetCall("datasets.moderate", ModerationScanRequestSchema),
  async ({ datasetId: _d, ...request }, actor, ctx) => ({ runId: (await startModerationScan(ctx.scope, request, actor)).runId }),
);
