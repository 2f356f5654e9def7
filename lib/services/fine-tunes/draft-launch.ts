import { join } from "node:path";
import { isAppError } from "../../errors";
import { getDataset } from "../../db/datasets/get-dataset";
import type { DatasetScope } from "../../db/scope";
import { providerViews } from "../../db/providers/provider-settings";
import { checkLaunch, launchViewFor, resolveChoice, toLaunchView, type LaunchChoice } from "../../db/fine-tunes/launch-preview";
import { SETTINGS_PLACE } from "../../providers/provider-config";
import type { LaunchView } from "../../fine-tunes/launch-view";
import { SnapshotRequestSchema, type SnapshotRequest } from "../../validation/snapshot-request";
import { selectionKind } from "../../db/snapshots/read-selection";
import { discardDraft, draftSnapshot } from "../snapshots/draft-snapshot";

// "Fine-tune approved…" on the dataset page: the launch dialog on the approved records
// before any snapshot exists. The provider is checked first (none set up: say where to
// set one up, and write nothing). Then the approved set is drafted: when a snapshot
// already holds exactly these records and options, the dialog launches from it and says
// so; otherwise the draft's files are checked in a temporary folder and thrown away,
// and Launch makes the snapshot from the same request and seed (so it splits alike).

/** Enough approved records to hold a tenth back for validation and still train on plenty. */
export const SPLIT_FROM = 50;

export const NO_PROVIDER_MESSAGE = `There is nowhere to send a fine-tune yet, so nothing was made. An admin sets one up under ${SETTINGS_PLACE}.`;

export type DraftLaunch = { view: LaunchView } | { error: string; needsProvider?: true };

/** The snapshot a launch of the approved set makes: a tenth held back for validation when there are enough records. */
export function approvedDraftRequest(approvedRecords: number): SnapshotRequest {
  return SnapshotRequestSchema.parse(approvedRecords >= SPLIT_FROM ? { status: "approved", validation: "0.1" } : { status: "approved" });
}

export async function draftLaunchView(scope: DatasetScope, approvedRecords: number, choice: LaunchChoice): Promise<DraftLaunch> {
  const datasetId = scope.datasetId;
  const providers = await providerViews();
  if (!providers.some((p) => p.configured)) return { error: NO_PROVIDER_MESSAGE, needsProvider: true };
  const dataset = await getDataset(scope);
  const request = approvedDraftRequest(approvedRecords);
  try {
    const outcome = await draftSnapshot(scope, dataset, request, { seedFromContent: true });
    if ("existing" in outcome) {
      const launch = await launchViewFor(scope, { id: outcome.existing.id, kind: outcome.existing.kind }, dataset.targetModel, choice);
      if (!("view" in launch)) return launch;
      const s = launch.view.snapshot;
      const draft = { datasetId, validation: "", seed: "", records: s.trainRecords + s.validationRecords, reusing: true };
      return { view: { ...launch.view, draft } };
    }
    const d = outcome.draft;
    try {
      const kind = selectionKind(d.selection);
      const files = {
        datasetId,
        kind,
        train: join(d.tmp, "train.jsonl"),
        validation: d.split.validationRecords > 0 ? join(d.tmp, "validation.jsonl") : null,
        key: `draft:${d.selection.contentHash}:${d.seed ?? ""}`,
      };
      const check = await checkLaunch(scope, files, resolveChoice(kind, dataset.targetModel, choice, providers));
      const target = { id: null, number: null, kind, trainRecords: d.split.trainRecords, validationRecords: d.split.validationRecords };
      const draft = {
        datasetId,
        validation: d.fraction ? String(d.fraction) : "",
        seed: d.seed === null ? "" : String(d.seed),
        records: d.selection.records,
        reusing: false,
      };
      return { view: toLaunchView(check, target, providers, draft) };
    } finally {
      await discardDraft(d);
    }
  } catch (e) {
    if (isAppError(e)) return { error: e.message };
    throw e;
  }
}
