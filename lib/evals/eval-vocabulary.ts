import { isOneOf, vocabulary } from "../vocabulary";

// The words of evaluation shared by the runner, the pages, the API and the CLI.

/**
 * queued → running → completed; `cancelled` stops it and can be resumed, `failed`
 * means the provider refused it as a whole (no access to a model, bad key): fix
 * the cause and resume.
 */
export const { words: EVAL_STATUSES, labels: EVAL_STATUS_LABELS } = vocabulary({
  queued: "Queued",
  running: "Running",
  cancelled: "Cancelled",
  completed: "Completed",
  failed: "Failed",
});
export type EvalStatus = (typeof EVAL_STATUSES)[number];

/** Statuses in which the runner works on an evaluation. */
export const ACTIVE_EVAL_STATUSES: readonly EvalStatus[] = ["queued", "running"];
export const isActiveEvalStatus = (s: string) => isOneOf(ACTIVE_EVAL_STATUSES, s);

/** Model A is the baseline, model B the candidate (usually the fine-tune). */
export const MODEL_SIDES = ["a", "b"] as const;
export type ModelSide = (typeof MODEL_SIDES)[number];

/** One request per example and kind: each model's answer, then the judge in both orders. */
export const CALL_KINDS = ["a", "b", "judge_ab", "judge_ba"] as const;
export type CallKind = (typeof CALL_KINDS)[number];

export const CALL_STATUSES = ["pending", "done", "failed"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** An annotator's verdict, in the models' terms. */
export const HUMAN_CHOICES = ["a", "b", "tie", "both_bad"] as const;
export type HumanChoice = (typeof HUMAN_CHOICES)[number];

/** The same verdict as the annotator saw it: which side of the screen was better. */
export const DISPLAY_CHOICES = ["left", "right", "tie", "both_bad"] as const;
export type DisplayChoice = (typeof DISPLAY_CHOICES)[number];

export const EVAL_BOUNDS = {
  temperature: { min: 0, max: 2 },
  maxTokens: { min: 1, max: 32_768 },
  concurrency: { min: 1, max: 32 },
  votesPerPair: { min: 1, max: 5 },
  rubric: { max: 4_000 },
  name: { max: 120 },
} as const;

export const EVAL_DEFAULTS = { temperature: 0, maxTokens: 1024, concurrency: 4, votesPerPair: 1 } as const;

/** Tries per call before it counts as failed: 429 and 5xx are retried, other errors are not. */
export const MAX_CALL_ATTEMPTS = 6;
