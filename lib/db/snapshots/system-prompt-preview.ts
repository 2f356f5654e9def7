import { sqlite } from "../client";
import { getDataset } from "../datasets/get-dataset";
import { exportStats, exportWhere } from "../conversations/export-conversations";
import { strictLine } from "../../export/strict-line";
import { encodingForModel } from "../../models/fine-tunable-models";
import { BakeTally, bakeSystemPrompt, type SystemPromptPreview } from "../../snapshots/bake-system-prompt";
import type { SnapshotRequest } from "../../validation/snapshot-request";
import type { DatasetScope } from "../scope";

// What dropping or replacing the system prompt would save, shown beside the option
// before the snapshot is made: the first records of the selection baked exactly as
// the snapshot will bake them. A sample keeps the preview instant on a large set; the
// manifest then records the figures over every record.

export const PREVIEW_SAMPLE = 500;

export async function systemPromptPreview(scope: DatasetScope, request: SnapshotRequest, sample = PREVIEW_SAMPLE): Promise<SystemPromptPreview> {
  const dataset = await getDataset(scope);
  const where = exportWhere(scope, request);
  const rows = sqlite()
    .prepare(`SELECT c.body, c.unknownKeys FROM Conversation c WHERE ${where.sql} AND c.kind != 'invalid' ORDER BY c.id LIMIT ?`)
    .raw()
    .all(...where.params, sample) as [string, string | null][];
  const options = { mode: request.systemPrompt, replacement: request.replacement ?? null, encoding: encodingForModel(dataset.targetModel) };
  const tally = new BakeTally(options.mode, options.replacement);
  for (const [body, unknownKeys] of rows) tally.add(bakeSystemPrompt(strictLine(body, unknownKeys), options));
  return { records: exportStats(scope, request).records, sampled: rows.length, summary: tally.summary() };
}
