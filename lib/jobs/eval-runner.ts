import { randomUUID } from "node:crypto";
import { unclaimedEvaluations } from "../db/evals/eval-lease";
import { runEvaluation } from "../services/evals/run-evaluation";
import { rearm } from "./loop-state";
import { onWake } from "./signal";

// Runs evaluations from the server process, whether or not anyone has a page open:
// every few seconds it looks for one nobody holds (queued, resumed, or left by a CLI
// or a server that stopped) and runs it. Starting or resuming one wakes it at once.

/** How often to look for runs started elsewhere (the CLI) or left by a stopped process. */
const IDLE_MS = 3_000;
/** Evaluations run at once by this process; each keeps its own concurrency of requests. */
const MAX_RUNS = 2;

type State = { started: boolean; timer?: NodeJS.Timeout; owner: string; running: Set<string>; looking: boolean };
const g = globalThis as unknown as { tunesetEvalRunner?: State };
const state = (g.tunesetEvalRunner ??= { started: false, owner: `server:${process.pid}:${randomUUID().slice(0, 8)}`, running: new Set(), looking: false });

async function tick() {
  if (state.looking) return;
  state.looking = true;
  try {
    for (const id of await unclaimedEvaluations()) {
      if (state.running.size >= MAX_RUNS) break;
      if (state.running.has(id)) continue;
      state.running.add(id);
      void runEvaluation(id, { owner: state.owner })
        .catch((e) => console.error(`Evaluation ${id} stopped:`, e instanceof Error ? e.message : e))
        .finally(() => {
          state.running.delete(id);
          wakeEvalRunner();
        });
    }
  } catch {
    // The database may be closing (tests, shutdown): look again after the idle wait.
  } finally {
    state.looking = false;
  }
  schedule(IDLE_MS);
}

function schedule(ms: number) {
  state.timer = rearm(state.timer, () => void tick(), ms);
}

export function ensureEvalRunner() {
  if (state.started) return;
  state.started = true;
  void tick();
}

/** Looks for work now (after a start or a resume) instead of at the next wake-up. */
export function wakeEvalRunner() {
  if (!state.started) return ensureEvalRunner();
  schedule(0);
}

// Services that queue an evaluation may wake the runner through lib/jobs/signal.ts.
onWake("evals", wakeEvalRunner);
