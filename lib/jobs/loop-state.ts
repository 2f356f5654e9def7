// The two habits every background loop in lib/jobs shares, kept in one place so the
// loops cannot drift apart: a wake-up during a pass is never lost and two passes never
// overlap, and a sleeping loop's timer never keeps the process (the CLI, a test) alive.

/** Whether a loop is in a pass, and whether it was woken during one. */
export type PassState = { running: boolean; again: boolean };

/**
 * Runs `pass` unless one is already running, in which case that one runs once more when
 * it ends. A failure is logged after `failed` and ends the passes until the next wake-up.
 */
export async function runPasses(state: PassState, pass: () => Promise<void>, failed: string): Promise<void> {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await pass();
    } while (state.again);
  } catch (e) {
    console.error(failed, e instanceof Error ? e.message : e);
  } finally {
    state.running = false;
  }
}

/** Replaces the loop's pending wake-up (if any) with one in `ms`; returns the new timer. */
export function rearm(timer: NodeJS.Timeout | undefined, run: () => void, ms: number): NodeJS.Timeout {
  if (timer) clearTimeout(timer);
  const next = setTimeout(run, ms);
  next.unref();
  return next;
}
