import type { Answer, EvalPrompt } from "./eval-types";
import type { EvalStatus } from "./eval-vocabulary";
import type { EvalSummary } from "./summarize";
import type { ExampleScores } from "./scores";

// What the evaluation pages, the API and the CLI read: plain data, so components can
// use these types without reaching into the database layer.

export type EvalSourceView =
  | { kind: "snapshot"; snapshotId: string; number: number; datasetId: string; datasetName: string; split: "validation"; skipped?: number }
  | { kind: "dataset"; datasetId: string; datasetName: string; filter: Record<string, unknown>; skipped?: number };

export type EvalProgress = {
  /** Calls of each kind, by status. */
  calls: { kind: string; pending: number; done: number; failed: number }[];
  totalCalls: number;
  doneCalls: number;
  failedCalls: number;
  /** Examples with both answers stored. */
  answeredPairs: number;
};

export type EvalListItem = {
  id: string;
  name: string;
  status: EvalStatus;
  modelA: string;
  modelB: string;
  judgeModel: string | null;
  examples: number;
  source: EvalSourceView;
  dataset: { id: string; name: string };
  estimatedCostUsd: number | null;
  createdAt: Date;
  finishedAt: Date | null;
  createdBy: { name: string };
  progress: EvalProgress;
};

export type EvalUsage = {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number | null;
  medianLatencyMs: number | null;
  p95LatencyMs: number | null;
};

export type StoredEvalError = { status: number | null; code: string | null; message: string; explanation: string };

export type EvalDetail = EvalListItem & {
  provider: string;
  providerHost: string;
  temperature: number;
  maxTokens: number;
  concurrency: number;
  judgeRubric: string | null;
  votesPerPair: number;
  seed: number;
  estimatedTokens: number | null;
  error: StoredEvalError | null;
  /** The provider asked to wait until then (429). */
  notBefore: Date | null;
  startedAt: Date | null;
  /** Fine-tunes made in Tuneset that these models are, to link to. */
  fineTunes: { a: { id: string } | null; b: { id: string } | null };
  usage: { a: EvalUsage; b: EvalUsage; judge: EvalUsage | null };
  summary: EvalSummary;
  /** The last failed calls, to say what went wrong. */
  failures: { position: number; kind: string; message: string }[];
};

/** One example side by side: the prompt, the reference and both answers, with their scores. */
export type EvalExampleView = {
  exampleId: number;
  position: number;
  conversationId: number;
  labels: string[];
  prompt: EvalPrompt;
  reference: Answer;
  a: { answer: Answer | null; scores: ExampleScores | null; error: string | null; latencyMs: number | null };
  b: { answer: Answer | null; scores: ExampleScores | null; error: string | null; latencyMs: number | null };
  judge: { winner: "a" | "b" | "tie" | null; consistent: boolean | null; reasons: string[] } | null;
  votes: { a: number; b: number; tie: number; both_bad: number; notes: string[] };
  verdict: { winner: "a" | "b" | "tie" | "both_bad" | null; source: "human" | "judge" | "scores" | null };
  sentBackId: number | null;
};
