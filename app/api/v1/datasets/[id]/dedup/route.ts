import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import type { DatasetScope } from "@/lib/db/scope";
import { startDedupRun } from "@/lib/services/dedup/run-dedup";
import { latestRun } from "@/lib/db/dedup/list-clusters";
import { dedupReportJson, dedupRunJson } from "@/lib/db/dedup/dedup-json";
import { notFound } from "@/lib/errors";
import { DedupRequestSchema } from "@/lib/validation/dedup";

// POST /api/v1/datasets/{id}/dedup {threshold?, scope?, against?}: starts a run in the
// background (202); poll GET until status is "done". GET ?leakage=1: the latest
// leakage check instead. A finished run's report lists every cluster.
export const POST = apiRoute<{ id: string }>({ permission: "datasets.dedup", dataset: (p) => p.id }, async (req, { id }, actor, scope) => {
  const body = req.headers.get("content-length") === "0" ? {} : await readJson(req);
  const { runId } = await startDedupRun(scope, DedupRequestSchema.parse(body), actor);
  const run = await latestRunById(scope, runId);
  return NextResponse.json({ run: dedupRunJson(run) }, { status: 202, headers: { Location: `/api/v1/datasets/${id}/dedup` } });
});

export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (req, _params, _actor, scope) => {
  await getDataset(scope);
  const leakage = new URL(req.url).searchParams.get("leakage") === "1";
  const run = await latestRun(scope, leakage);
  if (!run) throw notFound(leakage ? "A leakage check of this dataset" : "A de-duplication run of this dataset");
  return { run: dedupRunJson(run), ...(run.status === "done" ? { report: dedupReportJson(scope, run) } : {}) };
});

async function latestRunById(scope: DatasetScope, runId: string) {
  for (const leakage of [false, true]) {
    const run = await latestRun(scope, leakage);
    if (run?.id === runId) return run;
  }
  throw notFound("The run just started");
}
