import type { LshParams } from "./lsh";
import type { DedupScope } from "./scope";

// What one de-duplication run does, fixed when its row is created: shared by the run
// (lib/services/dedup/run-dedup.ts) and the transaction that saves it
// (lib/db/dedup/save-run.ts), so neither imports the other.
export type RunSpec = { runId: string; datasetId: string; against: string | null; scope: DedupScope; threshold: number; lsh: LshParams };
