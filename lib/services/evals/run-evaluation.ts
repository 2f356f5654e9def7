import { setMaxListeners } from "node:events";
import { APIUserAbortError } from "openai";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { resolveProvider } from "../../db/providers/provider-settings";
import { providerClient } from "../../providers/provider-client";
import { classifyProviderError } from "../../providers/provider-error";
import { explainProviderError } from "../../providers/fine-tune-refusal";
import { decideOnFailure } from "../../evals/call-policy";
import type { CallKind } from "../../evals/eval-vocabulary";
import { PROVIDER_KIND_NAMES, type ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import { baseURLLocation, type ProviderConfig } from "../../providers/provider-config";
import { claimEvaluation, releaseLease, renewLease } from "../../db/evals/eval-lease";
import { MissingAnswerError, performCall, type PendingCall, type RunSettings } from "./perform-call";

// Works through an evaluation's pending calls with as many requests in flight as the
// run's concurrency allows: both answers of every example first, then the judge's two
// orders of every answered pair. Every answer is written as it arrives, so a cancelled,
// crashed or restarted run resumes with what is left. Whoever holds the lease runs it:
// the server's runner, or the CLI that started it.

export type RunProgress = { done: number; failed: number; total: number };
export type RunOutcome = "completed" | "stopped" | "busy" | "failed";

/** How often the lease is renewed and a cancel noticed. */
const HEARTBEAT_MS = 2_000;
const CALL_TIMEOUT_MS = 120_000;
/** At most this often, a worker reads the status before its next request. */
const CANCEL_CHECK_MS = 200;

export async function runEvaluation(id: string, o: { owner: string; onProgress?: (p: RunProgress) => void }): Promise<RunOutcome> {
  if (!(await claimEvaluation(id, o.owner))) return "busy";
  const ev = await db().evaluation.findUniqueOrThrow({ where: { id } });
  const stop = new AbortController();
  // Every request in flight and every back-off waits on this one signal.
  setMaxListeners(4 * ev.concurrency + 16, stop.signal);
  let stopError: ReturnType<typeof explainProviderError> | null = null;
  const heartbeat = setInterval(() => {
    void renewLease(id, o.owner).then(
      (ours) => ours || stop.abort(),
      () => undefined,
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const kind = ev.provider as ProviderKind;
    let client;
    let context;
    try {
      // The provider an admin set up, and nothing else: the row's old baseURL column is never read.
      const config = await resolveProvider(kind);
      assertSameHost(ev, config);
      client = providerClient(config, { maxRetries: 0, timeoutMs: CALL_TIMEOUT_MS });
      context = { kind, source: config.source, host: config.host };
    } catch (e) {
      await finish(id, o.owner, "failed", explainProviderError(e));
      return "failed";
    }
    const run: RunSettings = {
      provider: kind,
      modelA: ev.modelA,
      modelB: ev.modelB,
      temperature: ev.temperature,
      maxTokens: ev.maxTokens,
      judgeModel: ev.judgeModel,
      judgeRubric: ev.judgeRubric,
    };
    let pausedUntil = ev.notBefore?.getTime() ?? 0;
    const progress = await countProgress(id);
    const report = () => o.onProgress?.({ ...progress });

    let checkedAt = 0;
    const work = async (call: PendingCall): Promise<PendingCall | null> => {
      const wait = pausedUntil - Date.now();
      if (wait > 0) await sleep(wait, stop.signal);
      // A cancel is noticed before the next request, not only at the next heartbeat.
      if (Date.now() - checkedAt > CANCEL_CHECK_MS) {
        checkedAt = Date.now();
        const now = await db().evaluation.findUnique({ where: { id }, select: { status: true, leaseOwner: true } });
        if (now?.status !== "running" || now.leaseOwner !== o.owner) stop.abort();
      }
      if (stop.signal.aborted) return null;
      try {
        await performCall(client, run, call, stop.signal);
        progress.done++;
        report();
        return null;
      } catch (e) {
        if (stop.signal.aborted || e instanceof APIUserAbortError) return null;
        if (e instanceof MissingAnswerError) {
          await failCall(call, { status: null, code: "missing_answer", message: e.message });
          progress.failed++;
          return null;
        }
        const facts = classifyProviderError(e);
        const attempts = call.attempts + 1;
        const decision = decideOnFailure(facts, attempts);
        const error = { status: facts.status, code: facts.code, message: facts.providerMessage };
        if (decision.action === "stop_run") {
          stopError = explainProviderError(e, context);
          await db().evalCall.update({ where: { id: call.id }, data: { attempts, error: JSON.stringify(error) } });
          stop.abort();
          return null;
        }
        if (decision.action === "fail_call") {
          await failCall({ ...call, attempts: attempts - 1 }, error);
          progress.failed++;
          report();
          return null;
        }
        await db().evalCall.update({ where: { id: call.id }, data: { attempts, error: JSON.stringify(error) } });
        if (decision.pauseRun) {
          pausedUntil = Math.max(pausedUntil, Date.now() + decision.waitMs);
          await db().evaluation.update({ where: { id }, data: { notBefore: new Date(pausedUntil) } });
        } else await sleep(decision.waitMs, stop.signal);
        return { ...call, attempts };
      }
    };

    report();
    for (const phase of [
      ["a", "b"],
      ["judge_ab", "judge_ba"],
    ] as CallKind[][]) {
      if (phase[0] !== "a" && !ev.judgeModel) break;
      await pool(await pendingCalls(id, phase), ev.concurrency, work, stop.signal);
      if (stop.signal.aborted) break;
    }
    if (stopError) {
      await finish(id, o.owner, "failed", stopError);
      return "failed";
    }
    if (stop.signal.aborted) {
      await releaseLease(id, o.owner);
      return "stopped";
    }
    await finish(id, o.owner, "completed", null);
    return "completed";
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * A run goes on where it started: when the provider now answers at another host (an
 * admin moved it, or the CLI ran the start with --base-url), the prompts left are not
 * sent to a place the lead never saw in the estimate.
 */
function assertSameHost(ev: { provider: string; providerHost: string }, config: ProviderConfig) {
  if (config.host === ev.providerHost) return;
  const name = PROVIDER_KIND_NAMES[ev.provider as ProviderKind] ?? ev.provider;
  throw new AppError(
    "conflict",
    `This evaluation was started with ${name} at ${ev.providerHost}, and ${name} is set up at ${config.host} now, so none of its remaining prompts were sent. Start a new evaluation, or have an admin point ${baseURLLocation(config)} back at ${ev.providerHost} and resume it.`,
  );
}

async function pendingCalls(evaluationId: string, kinds: CallKind[]): Promise<PendingCall[]> {
  const rows = await db().evalCall.findMany({
    where: { evaluationId, status: "pending", kind: { in: kinds } },
    orderBy: [{ exampleId: "asc" }, { kind: "asc" }],
    select: { id: true, exampleId: true, kind: true, attempts: true },
  });
  return rows.map((r) => ({ ...r, kind: r.kind as CallKind }));
}

async function countProgress(evaluationId: string): Promise<RunProgress> {
  const rows = await db().evalCall.groupBy({ by: ["status"], where: { evaluationId }, _count: { _all: true } });
  const n = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
  return { done: n("done"), failed: n("failed"), total: n("done") + n("failed") + n("pending") };
}

async function failCall(call: PendingCall, error: { status: number | null; code: string | null; message: string }) {
  await db().evalCall.update({
    where: { id: call.id },
    data: { status: "failed", attempts: call.attempts + 1, error: JSON.stringify(error), finishedAt: new Date() },
  });
}

/** Ends the run unless it was cancelled meanwhile (a cancel wins). */
async function finish(id: string, owner: string, status: "completed" | "failed", error: ReturnType<typeof explainProviderError> | null) {
  await db().evaluation.updateMany({
    where: { id, leaseOwner: owner, status: "running" },
    data: {
      status,
      finishedAt: new Date(),
      error: error ? JSON.stringify({ status: error.status, code: error.code, message: error.message, explanation: error.explanation }) : null,
      notBefore: null,
    },
  });
  await releaseLease(id, owner);
}

/** Runs `work` over the items with at most `size` at once; an item it returns goes back in the queue. */
async function pool<T>(items: T[], size: number, work: (item: T) => Promise<T | null>, signal: AbortSignal): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    while (!signal.aborted) {
      const next = queue.shift();
      if (next === undefined) return;
      const again = await work(next);
      if (again !== null) queue.push(again);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, queue.length)) }, worker));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
