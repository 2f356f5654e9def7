import { runBackgroundWorkUntilIdle as runLoop } from "../jobs/background-work";

// Test harness: the work an import or an edit leaves (full-text index, token counts,
// checks, statistics), run to the end the way the CLI does before it exits. Tests of the
// data layer and of services settle it through here: lib/test stands where the CLI stands,
// above lib/jobs, so a test does not import a higher layer than the code it tests.

export async function runBackgroundWorkUntilIdle(): Promise<void> {
  await runLoop();
}
