import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { indexNextChunk } from "../db/search/search-index";
import { checkNextBatch, rewindChecks } from "../db/preflight/check-pending-records";
import { purgeExpiredTrash } from "../db/bulk/trash";
import { purgeDeletedDatasets } from "../services/datasets/purge-deleted-datasets";
import { checkPendingDuplicates } from "../services/dedup/check-pending";
import { failInterruptedRuns } from "../services/dedup/run-dedup";
import { interruptAbandonedImports } from "../db/imports/interrupt-abandoned";
import { importLeaseMs } from "../db/imports/import-lease";
import { loadLanguageDetector } from "../quality/language";
import { refreshStaleStats, SETTLED_MS } from "../db/stats/dataset-stats";
import { rearm, runPasses } from "./loop-state";
import { onWake } from "./signal";

// Work that follows an import or an edit: the full-text index, token counts and the
// incremental duplicate check (against the dataset's last de-duplication run). In the server it
// runs in small steps between requests; the CLI runs it to the end before exiting so
// the database it leaves is complete. One loop per process, woken when work arrives.

type State = { running: boolean; again: boolean; started: boolean; settleTimer?: NodeJS.Timeout; leaseTimer?: NodeJS.Timeout };
const g = globalThis as unknown as { tunesetWork?: State };
const state = (g.tunesetWork ??= { running: false, again: false, started: false });

function step(): boolean {
  return indexNextChunk() || checkNextBatch() || checkPendingDuplicates() > 0 || refreshStaleStats();
}

function loop() {
  return runPasses(state, pass, "Background work stopped:");
}

/** Runs every pending step, yielding between them so requests are served in the meantime. */
async function pass() {
  // The quality checks in step() need the language detector (loaded by the first pass only).
  await loadLanguageDetector();
  while (step()) await yieldToEventLoop();
}

/** Schedules a pass over pending work without waiting for it. */
export function wakeBackgroundWork() {
  rewindChecks();
  void loop();
  // Statistics are refreshed once a dataset has settled, and nothing else wakes the
  // loop then: look again a little after the last change has had time to settle.
  state.settleTimer = rearm(state.settleTimer, () => void loop(), SETTLED_MS + 1_000);
}

// Services and data writes that leave work behind wake this loop through lib/jobs/signal.ts.
onWake("background", wakeBackgroundWork);

/** Starts the worker once per server process and catches up on work left by a previous run (lib/jobs/start-jobs.ts). */
export function startBackgroundWork() {
  if (state.started) return;
  state.started = true;
  // Once per process is often enough for a 30-day limit.
  try {
    purgeExpiredTrash();
    purgeDeletedDatasets();
    failInterruptedRuns();
  } catch (e) {
    console.error("Start-up housekeeping failed:", e instanceof Error ? e.message : e);
  }
  wakeBackgroundWork();
  // Imports left running by a stopped server or command line, now and whenever a lease runs out.
  void catchUpOnImports();
  state.leaseTimer = setInterval(() => void catchUpOnImports(), Math.min(5_000, importLeaseMs() / 2));
  state.leaseTimer.unref();
}

/** Interrupts imports whose owner is gone, then indexes and checks the rows they stored. */
export async function catchUpOnImports() {
  try {
    if ((await interruptAbandonedImports()) > 0) wakeBackgroundWork();
  } catch (e) {
    console.error("Looking for interrupted imports failed:", e instanceof Error ? e.message : e);
  }
}

/** Runs every pending step now; for the CLI and tests. */
export async function runBackgroundWorkUntilIdle() {
  rewindChecks();
  await pass();
}
