// The one place where work that runs in the background is woken: a service (or a data
// write that leaves derived work behind) says `wake("background")`, and the loop in
// lib/jobs that does that work has said `onWake("background", ...)` when it loaded.
// So neither imports the other, and lib layers strictly downward. A wake that no loop
// in this process listens for is dropped: each loop catches up on its own when it starts
// (the CLI and the tests run the background work to the end themselves).

export type WorkKind = "background" | "fine-tunes" | "evals";

// On globalThis because Next bundles route handlers, server actions and pages apart,
// each with its own copy of this module: a wake from any copy must reach the loop.
// One listener per kind: every copy of a loop shares its state, so any copy will do.
const shared = globalThis as unknown as { tunesetWakeListeners?: Map<WorkKind, () => void> };
const listeners = (shared.tunesetWakeListeners ??= new Map());

/** Asks the loop for `kind` to look for work now; never waits for it, never throws. */
export function wake(kind: WorkKind): void {
  const listener = listeners.get(kind);
  if (!listener) return;
  try {
    listener();
  } catch (e) {
    // The write that woke the loop has succeeded; a loop that cannot start only reaches the log.
    console.error(`Waking ${kind} work failed:`, e instanceof Error ? e.message : e);
  }
}

/** Called by a loop in lib/jobs once it is loaded; a later call for the same kind replaces it. */
export function onWake(kind: WorkKind, listener: () => void): void {
  listeners.set(kind, listener);
}
