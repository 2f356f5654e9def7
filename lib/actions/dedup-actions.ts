"use server";

import { datasetAndInput, inDataset, serverAction } from "../api/server-action";
import { startDedupRun } from "../services/dedup/run-dedup";
import { resolveAllExact, resolveClusters } from "../db/dedup/resolve-clusters";
import { DedupRequestSchema, ResolveClusterSchema, ResolveExactSchema } from "../validation/dedup";

// The Duplicates page: start a run, resolve one cluster, resolve every exact one.
// Resolutions are bulk changes, so they are undone from the dataset's "Recent bulk changes".

const datasetPages = (i: { datasetId: string }) => [{ path: `/datasets/${i.datasetId}`, type: "layout" as const }];
const summary = (op: { id: string; summary: string; count: number }) => ({ id: op.id, summary: op.summary, count: op.count });

export const startDedup = serverAction(
  {
    permission: "datasets.dedup",
    schema: inDataset(DedupRequestSchema),
    dataset: (i) => i.datasetId,
    args: (datasetId: string, input: unknown) => datasetAndInput(datasetId, input),
    revalidate: datasetPages,
  },
  async ({ datasetId, ...request }, actor) => ({ runId: (await startDedupRun(datasetId, request, actor)).runId }),
);

export const resolveCluster = serverAction(
  {
    permission: "datasets.dedup",
    schema: inDataset(ResolveClusterSchema),
    dataset: (i) => i.datasetId,
    args: (datasetId: string, input: unknown) => datasetAndInput(datasetId, input),
    revalidate: datasetPages,
  },
  async ({ datasetId, clusterId, keeperId, mergeLabels }, actor) => {
    const { operation, marked } = await resolveClusters(datasetId, [{ clusterId, keeperId }], mergeLabels, actor);
    return { operation: summary(operation), marked };
  },
);

export const resolveExactDuplicates = serverAction(
  {
    permission: "datasets.dedup",
    schema: inDataset(ResolveExactSchema),
    dataset: (i) => i.datasetId,
    args: (datasetId: string, input: unknown) => datasetAndInput(datasetId, input),
    revalidate: datasetPages,
  },
  async ({ datasetId, runId, mergeLabels }, actor) => {
    const { operation, marked } = await resolveAllExact(datasetId, runId, mergeLabels, actor);
    return { operation: summary(operation), marked };
  },
);
