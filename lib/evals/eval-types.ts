import type { Message, Tool } from "../formats/schemas";
import type { HumanChoice } from "./eval-vocabulary";

// The shapes an evaluation stores and scores. A reference and a model's answer have
// the same shape, so every score compares like with like.

/** What is sent to both models: the conversation up to its last assistant turn. */
export type EvalPrompt = {
  messages: Message[];
  tools?: Tool[];
  parallel_tool_calls?: boolean;
  /** Legacy function definitions, passed on as given. */
  functions?: { name: string; description?: string; parameters?: Record<string, unknown> }[];
};

export type AnswerToolCall = { name: string; arguments: string };

/** The reference turn, or what a model answered (text, tool calls, or an explicit refusal). */
export type Answer = {
  content: string | null;
  toolCalls: AnswerToolCall[];
  /** The provider's `refusal` field, when the model declined through it. */
  refusal?: string | null;
  /** stop | length | tool_calls | content_filter… as the provider said. */
  finishReason?: string | null;
};

/** The judge's view of one order: the response shown first, second, or neither. */
export type JudgeVerdict = "first" | "second" | "tie";
export type JudgeOutput = { verdict: JudgeVerdict | null; reason: string };

/** One example as the report reads it. */
export type ExampleInput = {
  exampleId: number;
  labels: string[];
  reference: Answer;
  answers: { a: Answer | null; b: Answer | null };
  /** judge_ab shows A first, judge_ba shows B first; null when not judged (yet). */
  judge: { ab: JudgeVerdict | null; ba: JudgeVerdict | null } | null;
  votes: { userId: string; choice: HumanChoice }[];
};
