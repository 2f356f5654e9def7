import type { EvalDetail, EvalListItem } from "./eval-view";

// The shape the HTTP API and `tuneset eval … --json` print: snake-free camelCase like
// the rest of /api/v1, dates as ISO strings, every score with its interval.

export function evalJson(e: EvalListItem) {
  const answers = e.progress.calls.filter((c) => c.kind === "a" || c.kind === "b").reduce((t, c) => t + c.done, 0);
  return {
    id: e.id,
    name: e.name,
    status: e.status,
    modelA: e.modelA,
    modelB: e.modelB,
    judgeModel: e.judgeModel,
    examples: e.examples,
    answers,
    failed: e.progress.failedCalls,
    calls: { total: e.progress.totalCalls, done: e.progress.doneCalls, failed: e.progress.failedCalls },
    source: e.source,
    dataset: e.dataset,
    estimatedCostUsd: e.estimatedCostUsd,
    createdAt: e.createdAt.toISOString(),
    finishedAt: e.finishedAt?.toISOString() ?? null,
    url: `/evals/${e.id}`,
  };
}

export function evalReportJson(e: EvalDetail) {
  return {
    eval: {
      ...evalJson(e),
      provider: e.provider,
      providerHost: e.providerHost,
      settings: {
        temperature: e.temperature,
        maxTokens: e.maxTokens,
        concurrency: e.concurrency,
        votesPerPair: e.votesPerPair,
        seed: e.seed,
        judgeRubric: e.judgeRubric,
      },
      error: e.error,
      usage: e.usage,
    },
    scores: e.summary,
  };
}
