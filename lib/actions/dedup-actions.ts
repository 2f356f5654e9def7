"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { startDedupRun } from "../db/dedup/run-dedup";
import { resolveAllExact, resolveClusters } from "../db/dedup/resolve-clusters";
import { actionFailure, type ActionResult } from "../api/action-result";
import { DedupRequestSchema, ResolveClusterSchema, ResolveExactSchema } from "../validation/dedup";

// The Duplicates page: start a run, resolve one cluster, resolve every exact one.
// Resolutions are bulk changes, so they are undone from the dataset's "Recent bulk changes".

type Resolved = ActionResult<{ operation: { id: string; summary: string; count: number }; marked: number }>;

export async function startDedup(datasetId: string, input: unknown): Promise<ActionResult<{ runId: string }>> {
  const parsed = DedupRequestSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const { runId } = await startDedupRun(String(datasetId), parsed.data, await authorize("datasets.dedup", String(datasetId)));
    revalidatePath(`/datasets/${datasetId}`, "layout");
    return { ok: true, runId };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function resolveCluster(datasetId: string, input: unknown): Promise<Resolved> {
  const parsed = ResolveClusterSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const { clusterId, keeperId, mergeLabels } = parsed.data;
    const { operation, marked } = await resolveClusters(String(datasetId), [{ clusterId, keeperId }], mergeLabels, await authorize("datasets.dedup", String(datasetId)));
    revalidatePath(`/datasets/${datasetId}`, "layout");
    return { ok: true, operation: { id: operation.id, summary: operation.summary, count: operation.count }, marked };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function resolveExactDuplicates(datasetId: string, input: unknown): Promise<Resolved> {
  const parsed = ResolveExactSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const { operation, marked } = await resolveAllExact(String(datasetId), parsed.data.runId, parsed.data.mergeLabels, await authorize("datasets.dedup", String(datasetId)));
    revalidatePath(`/datasets/${datasetId}`, "layout");
    return { ok: true, operation: { id: operation.id, summary: operation.summary, count: operation.count }, marked };
  } catch (e) {
    return actionFailure(e);
  }
}
