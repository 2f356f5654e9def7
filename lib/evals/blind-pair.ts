import type { Answer, AnswerToolCall, EvalPrompt } from "./eval-types";
import type { QueueProgress } from "./judging-order";
import type { DisplayChoice, EvalStatus } from "./eval-vocabulary";

// What the blind judging page, the API and the CLI receive: the prompt and two answers
// by side of the screen, never by model. Everything here is copied field by field out
// of the stored JSON, so a provider echoing its model name in an extra field cannot
// reach an annotator.

export type BlindEvaluation = { id: string; name: string; votesPerPair: number; status: EvalStatus };

export type BlindPair = {
  exampleId: number;
  position: number;
  prompt: EvalPrompt;
  /**
   * The dataset's own reply, shown folded under "Reference answer". It is neither
   * model's, so it reveals no side; blind judges may read it to check facts and tool
   * arguments, and folding it keeps them reading both answers on their own first.
   */
  reference: Answer | null;
  left: Answer;
  right: Answer;
  /** This annotator's earlier verdict when they came back to change it; null in the queue. */
  mine: { choice: DisplayChoice; note: string } | null;
};

export type BlindQueue = { evaluation: BlindEvaluation; progress: QueueProgress; pair: BlindPair | null };

export type MyVote = { exampleId: number; position: number; choice: DisplayChoice; note: string; at: string };

const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** An answer as stored by the runner (or a reference), reduced to the fields a judge reads. */
export function storedAnswer(json: string | null): Answer {
  const o = record(parse(json));
  const calls = Array.isArray(o.toolCalls) ? o.toolCalls : [];
  const toolCalls: AnswerToolCall[] = calls.map((c) => {
    const call = record(c);
    return { name: String(call.name ?? ""), arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments ?? {}) };
  });
  return { content: text(o.content), toolCalls, refusal: text(o.refusal), finishReason: text(o.finishReason) };
}

/** The reference, or null when there is nothing to compare with (no text, no tool call). */
export function storedReference(json: string): Answer | null {
  const a = storedAnswer(json);
  return a.content || a.toolCalls.length || a.refusal ? a : null;
}

/** The prompt as sent to both models; only the keys of EvalPrompt pass. */
export function storedPrompt(json: string): EvalPrompt {
  const o = record(parse(json));
  return {
    messages: Array.isArray(o.messages) ? (o.messages as EvalPrompt["messages"]) : [],
    ...(Array.isArray(o.tools) ? { tools: o.tools as EvalPrompt["tools"] } : {}),
    ...(typeof o.parallel_tool_calls === "boolean" ? { parallel_tool_calls: o.parallel_tool_calls } : {}),
    ...(Array.isArray(o.functions) ? { functions: o.functions as EvalPrompt["functions"] } : {}),
  };
}

/**
 * The evaluation's name with the two models' ids taken out: a lead may well call it
 * "gpt-4o-mini vs ft:gpt-4o-mini:acme::x", and the judging page shows the name. The
 * longer id goes first, as one often contains the other.
 */
export function blindName(name: string, models: readonly string[]): string {
  let out = name;
  const ids = models.map((m, i) => ({ m: m.trim(), label: `model ${String.fromCharCode(65 + i)}` })).filter((x) => x.m.length > 0);
  for (const { m, label } of ids.sort((x, y) => y.m.length - x.m.length)) {
    out = out.replace(new RegExp(m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), label);
  }
  return out;
}
