import type { AutoOrNumber } from "../validation/hyperparameter-value";
import { suffixMaxLength, SWEEP_AXES, type LaunchRequest, type SweepAxis, type SweepRequest } from "../validation/launch-request";
import { estimateJob, type JobEstimate } from "./estimate";
import { MAX_SWEEP_JOBS } from "./fine-tune-vocabulary";

// A sweep's grid as launch requests, one per combination, in a stable order (the first
// axis varies slowest), each with a suffix that tells its model apart from its siblings'.

const TAG_PREFIX: Record<SweepAxis, string> = { n_epochs: "e", learning_rate_multiplier: "lr", batch_size: "b" };

export function expandSweep(request: SweepRequest): LaunchRequest[] {
  const axes = SWEEP_AXES.map((axis) => ({ axis, values: request[`${axis}_values`] ?? [request[axis]], swept: !!request[`${axis}_values`] }));
  const count = axes.reduce((n, a) => n * a.values.length, 1);
  // The schema refuses such grids; this guards callers that build a request by hand.
  if (count > MAX_SWEEP_JOBS) throw new Error(`this grid would launch ${count} jobs; a sweep launches at most ${MAX_SWEEP_JOBS}`);

  let combos: { values: Partial<Record<SweepAxis, AutoOrNumber>>; tags: string[] }[] = [{ values: {}, tags: [] }];
  for (const { axis, values, swept } of axes) {
    combos = combos.flatMap((c) =>
      values.map((v) => ({ values: { ...c.values, [axis]: v }, tags: swept ? [...c.tags, `${TAG_PREFIX[axis]}${tagValue(v)}`] : c.tags })),
    );
  }
  const suffixes = uniqueSuffixes(
    request.suffix,
    combos.map((c) => c.tags.join("-")),
    suffixMaxLength(request.provider),
  );

  return combos.map((c, i) => {
    const job: LaunchRequest = {
      provider: request.provider,
      model: request.model,
      method: request.method,
      n_epochs: c.values.n_epochs ?? request.n_epochs,
      batch_size: c.values.batch_size ?? request.batch_size,
      learning_rate_multiplier: c.values.learning_rate_multiplier ?? request.learning_rate_multiplier,
      beta: request.beta,
      suffix: suffixes[i],
    };
    if (request.seed !== undefined) job.seed = request.seed;
    // Derived, so a resubmitted sweep finds each job an earlier submission created.
    if (request.idempotencyKey) job.idempotencyKey = `${request.idempotencyKey}-${i + 1}`;
    return job;
  });
}

/** 0.5 → "0p5": suffixes allow no dots. */
const tagValue = (v: AutoOrNumber) => String(v).replace(".", "p").replace("+", "");

/**
 * "<base>-<tag>", shortening the user's base rather than the tag when it is too long
 * (the tag is what tells the jobs apart); numbered if two still come out the same.
 */
export function uniqueSuffixes(base: string | undefined, tags: readonly string[], max: number): string[] {
  const taken = new Set<string>();
  return tags.map((tag, i) => {
    const room = max - tag.length - 1;
    const head = base && room > 0 ? trimEnd(base.slice(0, room)) : "";
    const first = head ? `${head}-${tag}` : tag ? tag.slice(0, max) : (base ?? "").slice(0, max);
    let suffix = first;
    for (let n = i + 1; !suffix || taken.has(suffix); n += tags.length) {
      const end = `-${n}`;
      suffix = `${trimEnd(first.slice(0, max - end.length))}${end}`.replace(/^-/, "");
    }
    taken.add(suffix);
    return suffix;
  });
}

const trimEnd = (s: string) => s.replace(/[-_]+$/, "");

export type SweepBudget = { trainingTokensPerEpoch: number; trainingExamples: number };

export type SweepCost = {
  jobs: (JobEstimate & { suffix: string | undefined })[];
  totalTokens: number;
  /** Null when any job's price is unknown: a partial sum would understate the bill. */
  totalCostUsd: number | null;
  /** Where the price comes from (one model and provider per sweep, so one note). */
  priceNote: string;
};

export function estimateSweepCost(requests: readonly LaunchRequest[], budget: SweepBudget): SweepCost {
  const jobs = requests.map((r) => ({
    suffix: r.suffix,
    ...estimateJob({ ...budget, n_epochs: r.n_epochs, model: r.model, provider: r.provider }),
  }));
  const totalTokens = jobs.reduce((sum, j) => sum + j.billedTokens, 0);
  const priced = jobs.every((j) => j.costUsd !== null);
  const totalCostUsd = priced ? Math.round(jobs.reduce((sum, j) => sum + (j.costUsd ?? 0), 0) * 1e6) / 1e6 : null;
  return { jobs, totalTokens, totalCostUsd, priceNote: jobs[0]?.priceNote ?? "" };
}
