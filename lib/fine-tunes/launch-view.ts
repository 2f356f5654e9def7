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

export type LaunchView = {
  snapshot: { id: string; number: number; kind: "chat" | "preference"; trainRecords: number; validationRecords: number };
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
