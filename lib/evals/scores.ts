import { isRefusalText } from "../quality/refusals";
import type { Answer, AnswerToolCall } from "./eval-types";
import { answerText } from "./extract-example";
import { normalizedWords } from "./text-words";

// Automatic scores of one answer against the reference. Words are compared after the
// normalisation de-duplication uses, so case, punctuation and spacing never count.

export type ToolCallMatch = { name: boolean; arguments: boolean };

export type ExampleScores = {
  exactMatch: boolean;
  f1: number;
  toolCall: ToolCallMatch | null;
  words: number;
  refusal: boolean;
};

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * Same normalised words. When either side calls tools, the calls decide instead: the
 * same functions with the same arguments (text beside a call is commentary).
 */
export function exactMatch(answer: Answer, reference: Answer): boolean {
  const calls = toolCallMatch(answer, reference);
  if (calls) return calls.name && calls.arguments;
  return sameWords(normalizedWords(answerText(answer)), normalizedWords(answerText(reference)));
}

/**
 * SQuAD's token F1 over normalised words, shared words counted with multiplicity.
 * Unlike SQuAD, articles are kept: dropping "a", "an", "the" only suits English.
 */
export function tokenF1(prediction: string, reference: string): number {
  return wordsF1(normalizedWords(prediction), normalizedWords(reference));
}

function wordsF1(predicted: readonly string[], reference: readonly string[]): number {
  if (predicted.length === 0 || reference.length === 0) return predicted.length === reference.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of reference) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of predicted) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(w, left - 1);
    }
  }
  if (shared === 0) return 0;
  const precision = shared / predicted.length;
  const recall = shared / reference.length;
  return (2 * precision * recall) / (precision + recall);
}

/** JSON with object keys sorted at every level, so key order and spacing never count. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Arguments in a comparable form: canonical JSON, or the trimmed text when it is not JSON. */
function argumentsKey(args: string): string {
  try {
    return `json:${canonicalJson(JSON.parse(args))}`;
  } catch {
    return `text:${args.trim()}`;
  }
}

const callKey = (call: AnswerToolCall) => `${call.name}\u0000${argumentsKey(call.arguments)}`;

function countKeys(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Whether the answer called the reference's tools. `name`: the same functions, each as
 * often. `arguments`: every reference call is matched by its own call of the same name
 * with equal arguments (extra calls are the name check's business); false when the
 * reference calls nothing, since then no call of the answer can be right.
 * Null when neither side calls a tool.
 */
export function toolCallMatch(answer: Answer, reference: Answer): ToolCallMatch | null {
  const given = answer.toolCalls;
  const wanted = reference.toolCalls;
  if (given.length === 0 && wanted.length === 0) return null;
  const names = (calls: readonly AnswerToolCall[]) => calls.map((c) => c.name).sort();
  const name = sameWords(names(given), names(wanted));
  // Equal arguments is an equivalence, so matching calls greedily by key is optimal.
  const available = countKeys(given.map(callKey));
  let matched = wanted.length > 0;
  for (const key of wanted.map(callKey)) {
    const left = available.get(key) ?? 0;
    if (left === 0) {
      matched = false;
      break;
    }
    available.set(key, left - 1);
  }
  return { name, arguments: matched };
}

/** A tool call's words, so F1 gives partial credit for a call with some arguments right. */
function scoredWords(answer: Answer): string[] {
  const words = normalizedWords(answerText(answer));
  for (const call of answer.toolCalls) words.push(...normalizedWords(`${call.name} ${call.arguments}`));
  return words;
}

/**
 * Every automatic score of one answer. F1 reads the text and the tool calls (name and
 * arguments as words); `words` counts the text only, as a reader sees its length.
 */
export function scoreAnswer(answer: Answer, reference: Answer): ExampleScores {
  const text = answerText(answer);
  return {
    exactMatch: exactMatch(answer, reference),
    f1: wordsF1(scoredWords(answer), scoredWords(reference)),
    toolCall: toolCallMatch(answer, reference),
    words: normalizedWords(text).length,
    refusal: Boolean(answer.refusal?.trim()) || isRefusalText(answer.content ?? ""),
  };
}
