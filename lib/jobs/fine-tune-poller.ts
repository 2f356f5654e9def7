import { nextPollDue, pollDueFineTunes } from "../services/fine-tunes/poll-fine-tunes";
import { rearm, runPasses } from "./loop-state";
import { onWake } from "./signal";

// Follows every unfinished fine-tune from the server process, whether or not anyone has
// a page open: it sleeps until the next job is due (each row says when), polls what is
// due, and sleeps again. A launch wakes it at once. Started once per process with the
// background work; after a restart the rows tell it where every job stood.

/** Longest sleep, so jobs launched by another process (the CLI) are picked up soon. */
const IDLE_MS = 5_000;

type State = { started: boolean; timer?: NodeJS.Timeout; running: boolean; again: boolean };
const g = globalThis as unknown as { tunesetFineTunePoller?: State };
const state = (g.tunesetFineTunePoller ??= { started: false, running: false, again: false });

async function tick() {
  await runPasses(state, pollWhileDue, "Fine-tune polling failed:");
  await sleepUntilNextDue();
}

async function pollWhileDue() {
  while ((await pollDueFineTunes()) > 0) {
    /* keep going while jobs are due */
  }
}

async function sleepUntilNextDue() {
  let wait = IDLE_MS;
  try {
    const due = await nextPollDue();
    if (due) wait = Math.max(50, Math.min(IDLE_MS, due.getTime() - Date.now()));
  } catch {
    // The database may be closing (tests, shutdown): try again after the idle wait.
  }
  state.timer = rearm(state.timer, () => void tick(), wait);
}

export function ensureFineTunePoller() {
  if (state.started) return;
  state.started = true;
  void tick();
}

/** Polls now (after a launch, a retry or a cancel) instead of at the next wake-up. */
export function wakeFineTunePoller() {
  if (!state.started) return ensureFineTunePoller();
  if (state.timer) clearTimeout(state.timer);
  void tick();
}

// A launch (lib/services/fine-tunes/start-launch.ts) wakes the poller through lib/jobs/signal.ts.
onWake("fine-tunes", wakeFineTunePoller);
