"use server";

import { datasetCall } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { startDedupRun } from "../services/dedup/run-dedup";
import { resolveAllExact, resolveClusters } from "../db/dedup/resolve-clusters";
import { DedupRequestSchema, ResolveClusterSchema, ResolveExactSchema } from "../validation/dedup";

// The Duplicates page: start a run, resolve one cluster, resolve every exact one.
// Resolutions are bulk changes, so they are undone from the dataset's "Recent bulk changes".

const summary = (op: { id: string; summary: string; count: number }) => ({ id: op.id, summary: op.summary, count: op.count });

export const startDedup = serverAction(datasetCall("datasets.dedup", DedupRequestSchema), async ({ datasetId: _d, ...request }, actor, ctx) => ({
  runId: (await startDedupRun(ctx.scope, request, actor)).runId,
}));

export const resolveCluster = serverAction(datasetCall("datasets.dedup", ResolveClusterSchema), async ({ clusterId, keeperId, mergeLabels }, actor, ctx) => {
  const { operation, marked } = await resolveClusters(ctx.scope, [{ clusterId, keeperId }], mergeLabels, actor);
  return { operation: summary(operation), marked };
});

export const resolveExactDuplicates = serverAction(datasetCall("datasets.dedup", ResolveExactSchema), async ({ runId, mergeLabels }, actor, ctx) => {
  const { operation, marked } = await resolveAllExact(ctx.scope, runId, mergeLabels, actor);
  return { operation: summary(operation), marked };
});
