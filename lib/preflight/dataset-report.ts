import type { FineTunableModel } from "../models/fine-tunable-models";
import type { FindingCode, Severity } from "./codes";
import type { SetFinding } from "./set-findings";

// The pre-flight check of a dataset selection as the page, the API and the launch
// dialog receive it (lib/db/preflight/dataset-preflight.ts works it out).

export type CodeSummary = {
  code: FindingCode;
  severity: Severity;
  /** Records with this finding. */
  records: number;
  samples: { id: number; sourceLine: number | null; path: string; message: string }[];
};

export type TokenBudget = {
  total: number;
  min: number;
  p50: number;
  p90: number;
  max: number;
  overLimit: number;
  epochs: number;
  billedTokens: number;
  estimatedCostUsd: number;
};

export type DatasetPreflight = {
  model: Pick<FineTunableModel, "id" | "maxTokensPerExample" | "encoding" | "trainingUsdPer1MTokens" | "priceAsOf">;
  /** Records the export would write. */
  examples: number;
  /** Of those, not yet checked by the background pass. */
  pending: number;
  /** Invalid lines the selection holds: never exported, so not examples, but still to fix. */
  invalidLines: number;
  /** Records with at least one error. */
  recordsWithErrors: number;
  codes: CodeSummary[];
  set: SetFinding[];
  tokens: TokenBudget;
  /** Error findings, record-level and set-level: what blocks export and launch. */
  errors: number;
};
