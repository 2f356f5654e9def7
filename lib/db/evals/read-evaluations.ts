import { db, sqlite } from "../client";
import type { Prisma } from "../generated/client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { visibleDatasets } from "../scope";
import { inferenceCostUsd } from "../../evals/inference-prices";
import { summarizeEvaluation } from "../../evals/summarize";
import type { EvalDetail, EvalListItem, EvalProgress, EvalSourceView, EvalUsage, StoredEvalError } from "../../evals/eval-view";
import type { EvalStatus } from "../../evals/eval-vocabulary";
import { exampleInputs, readEvalRows, type CallRow } from "./eval-rows";

export type { EvalDetail, EvalListItem };

// Evaluations as the pages, the API and the CLI read them: only those of datasets the
// actor may see. The report's figures are computed from the stored answers on each
// read (a few thousand examples take milliseconds), so they never go stale.

const LIST_SELECT = {
  id: true,
  name: true,
  status: true,
  modelA: true,
  modelB: true,
  judgeModel: true,
  examples: true,
  source: true,
  estimatedCostUsd: true,
  createdAt: true,
  finishedAt: true,
  dataset: { select: { id: true, name: true } },
  createdBy: { select: { name: true } },
} as const;

export async function listEvaluations(actor: Actor, o: { datasetId?: string; take?: number } = {}): Promise<EvalListItem[]> {
  const rows = await db().evaluation.findMany({
    where: { dataset: visibleDatasets(actor), ...(o.datasetId ? { datasetId: o.datasetId } : {}) },
    orderBy: { createdAt: "desc" },
    take: o.take ?? 200,
    select: LIST_SELECT,
  });
  const progress = progressOf(rows.map((r) => r.id));
  return rows.map((r) => listItem(r, progress.get(r.id) ?? emptyProgress()));
}

type ListRow = Prisma.EvaluationGetPayload<{ select: typeof LIST_SELECT }>;

function listItem(r: ListRow, progress: EvalProgress): EvalListItem {
  return { ...r, status: r.status as EvalStatus, source: JSON.parse(r.source) as EvalSourceView, progress };
}

export async function getEvaluation(actor: Actor, id: string): Promise<EvalDetail> {
  const row = await db().evaluation.findFirst({
    where: { id, dataset: visibleDatasets(actor) },
    select: {
      ...LIST_SELECT,
      provider: true,
      providerHost: true,
      temperature: true,
      maxTokens: true,
      concurrency: true,
      judgeRubric: true,
      votesPerPair: true,
      seed: true,
      estimatedTokens: true,
      error: true,
      notBefore: true,
      startedAt: true,
    },
  });
  if (!row) throw new AppError("not_found", `No evaluation ${id}.`);
  const rows = readEvalRows(id);
  const fineTunes = await db().fineTuneJob.findMany({
    where: { fineTunedModel: { in: [row.modelA, row.modelB] } },
    select: { id: true, fineTunedModel: true },
  });
  const linked = (model: string) => {
    const job = fineTunes.find((j) => j.fineTunedModel === model);
    return job ? { id: job.id } : null;
  };
  const usage = (kinds: string[], model: string | null) =>
    usageOf(
      rows.calls.filter((c) => kinds.includes(c.kind)),
      model,
    );
  return {
    ...listItem(row, progressOf([id]).get(id) ?? emptyProgress()),
    provider: row.provider,
    providerHost: row.providerHost,
    temperature: row.temperature,
    maxTokens: row.maxTokens,
    concurrency: row.concurrency,
    judgeRubric: row.judgeRubric,
    votesPerPair: row.votesPerPair,
    seed: row.seed,
    estimatedTokens: row.estimatedTokens,
    error: row.error ? (JSON.parse(row.error) as StoredEvalError) : null,
    notBefore: row.notBefore && row.notBefore.getTime() > Date.now() ? row.notBefore : null,
    startedAt: row.startedAt,
    fineTunes: { a: linked(row.modelA), b: linked(row.modelB) },
    usage: { a: usage(["a"], row.modelA), b: usage(["b"], row.modelB), judge: row.judgeModel ? usage(["judge_ab", "judge_ba"], row.judgeModel) : null },
    summary: summarizeEvaluation(exampleInputs(rows), { seed: row.seed }),
    failures: recentFailures(id),
  };
}

function usageOf(calls: CallRow[], model: string | null): EvalUsage {
  const done = calls.filter((c) => c.status === "done");
  const promptTokens = done.reduce((t, c) => t + (c.promptTokens ?? 0), 0);
  const completionTokens = done.reduce((t, c) => t + (c.completionTokens ?? 0), 0);
  const latencies = done
    .map((c) => c.latencyMs)
    .filter((l): l is number => l !== null)
    .sort((x, y) => x - y);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : null);
  return {
    calls: done.length,
    promptTokens,
    completionTokens,
    costUsd: model ? inferenceCostUsd(model, promptTokens, completionTokens) : null,
    medianLatencyMs: at(0.5),
    p95LatencyMs: at(0.95),
  };
}

function emptyProgress(): EvalProgress {
  return { calls: [], totalCalls: 0, doneCalls: 0, failedCalls: 0, answeredPairs: 0 };
}

/** Calls by kind and status, and examples with both answers, for several evaluations in two queries. */
function progressOf(ids: string[]): Map<string, EvalProgress> {
  const out = new Map<string, EvalProgress>();
  if (ids.length === 0) return out;
  const json = JSON.stringify(ids);
  const counts = sqlite()
    .prepare(
      `SELECT evaluationId AS id, kind, status, count(*) AS n FROM EvalCall
       WHERE evaluationId IN (SELECT value FROM json_each(?)) GROUP BY evaluationId, kind, status`,
    )
    .all(json) as { id: string; kind: string; status: string; n: number }[];
  for (const c of counts) {
    const p = out.get(c.id) ?? emptyProgress();
    out.set(c.id, p);
    let entry = p.calls.find((k) => k.kind === c.kind);
    if (!entry) p.calls.push((entry = { kind: c.kind, pending: 0, done: 0, failed: 0 }));
    if (c.status === "pending" || c.status === "done" || c.status === "failed") entry[c.status] += c.n;
    p.totalCalls += c.n;
    if (c.status === "done") p.doneCalls += c.n;
    if (c.status === "failed") p.failedCalls += c.n;
  }
  const pairs = sqlite()
    .prepare(
      `SELECT evaluationId AS id, count(*) AS n FROM (
         SELECT evaluationId, exampleId FROM EvalCall WHERE evaluationId IN (SELECT value FROM json_each(?)) AND kind IN ('a', 'b') AND status = 'done'
         GROUP BY evaluationId, exampleId HAVING count(*) = 2) GROUP BY evaluationId`,
    )
    .all(json) as { id: string; n: number }[];
  for (const p of pairs) (out.get(p.id) ?? emptyProgress()).answeredPairs = p.n;
  for (const p of out.values()) p.calls.sort((x, y) => x.kind.localeCompare(y.kind));
  return out;
}

function recentFailures(evaluationId: string): EvalDetail["failures"] {
  const rows = sqlite()
    .prepare(
      `SELECT e.position, c.kind, c.error FROM EvalCall c JOIN EvalExample e ON e.id = c.exampleId
       WHERE c.evaluationId = ? AND c.status = 'failed' ORDER BY c.finishedAt DESC LIMIT 10`,
    )
    .all(evaluationId) as { position: number; kind: string; error: string | null }[];
  return rows.map((r) => ({
    position: r.position,
    kind: r.kind,
    message: r.error ? ((JSON.parse(r.error) as { message?: string }).message ?? "failed") : "failed",
  }));
}

/** The names of everyone who voted on an evaluation, for the agreement table. */
export async function voterNames(actor: Actor, evaluationId: string): Promise<Record<string, string>> {
  const votes = await db().evalVote.findMany({
    where: { evaluationId, example: { evaluation: { dataset: visibleDatasets(actor) } } },
    distinct: ["userId"],
    select: { user: { select: { id: true, name: true } } },
  });
  return Object.fromEntries(votes.map((v) => [v.user.id, v.user.name]));
}
