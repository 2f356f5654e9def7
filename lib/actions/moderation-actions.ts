"use server";

import { datasetAndInput, inDataset, serverAction } from "../api/server-action";
import { setModerationEnabled } from "../db/moderation/set-moderation-enabled";
import { startModerationScan } from "../services/moderation/run-moderation-scan";
import { ModerationScanRequestSchema, ModerationSettingSchema } from "../validation/moderation";

// The dataset settings page's moderation pre-scan: the switch that allows sending the
// dataset's content to the provider, and "Scan now", which starts a background scan.

const datasetPages = (i: { datasetId: string }) => [{ path: `/datasets/${i.datasetId}`, type: "layout" as const }];

export const setModerationEnabledAction = serverAction(
  { permission: "datasets.moderate", schema: ModerationSettingSchema, dataset: (i) => i.datasetId, revalidate: datasetPages },
  async (input, actor) => ({ enabled: (await setModerationEnabled(input, actor)).moderationEnabled }),
);

export const startModerationScanAction = serverAction(
  {
    permission: "datasets.moderate",
    schema: inDataset(ModerationScanRequestSchema),
    dataset: (i) => i.datasetId,
    args: (datasetId: string, input: unknown) => datasetAndInput(datasetId, input),
    revalidate: datasetPages,
  },
  async ({ datasetId, ...request }, actor) => ({ runId: (await startModerationScan(datasetId, request, actor)).runId }),
);
