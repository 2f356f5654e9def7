import type { Severity } from "../preflight/codes";
import type { ProviderView } from "../providers/provider-config";
import type { SweepBudget } from "./sweep-grid";
import type { FineTuneMethod, ProviderKind } from "./fine-tune-vocabulary";

// What the launch dialog receives from the server: the pre-flight result of the
// snapshot's files for the chosen model, the figures every estimate starts from, and
// what blocks the launch. Plain data, so it can cross to the browser (no keys in it).

export type FileCheckView = {
  examples: number;
  errors: number;
  warnings: number;
  /** The first findings, enough to see what is wrong; the snapshot page links the full check. */
  findings: { line: number; code: string; severity: Severity; path: string; message: string }[];
};

/**
 * A launch from the dataset page, whose snapshot is made only on Launch: the request it
 * makes it with (as the form sends it back), and whether a snapshot already holding
 * exactly these records and options is used instead.
 */
export type LaunchDraftView = { datasetId: string; validation: string; seed: string; records: number; reusing: boolean };

export type LaunchView = {
  /** id and number are null for a draft whose snapshot Launch makes. */
  snapshot: { id: string | null; number: number | null; kind: "chat" | "preference"; trainRecords: number; validationRecords: number };
  draft: LaunchDraftView | null;
  model: string;
  /** When the model is one of an OpenAI-compatible endpoint's own: the known model whose rules the check used. */
  checkedWith: string | null;
  method: FineTuneMethod;
  provider: ProviderKind;
  providers: Pick<ProviderView, "kind" | "name" | "configured" | "host">[];
  training: FileCheckView & { tokens: { min: number; p50: number; p90: number; max: number; total: number }; overLimit: number; maxTokensPerExample: number };
  validation: FileCheckView | null;
  budget: SweepBudget;
  blockers: string[];
};

export const FINDINGS_SHOWN = 8;
