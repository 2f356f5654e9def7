import { lastUserText, type Answer } from "./chat-base-answer";
import { messageText, type RequestMessage } from "./chat-messages";
import { contentWordSet, similarity } from "./chat-words";
import type { Job } from "./fine-tuning-jobs";
import { isObject } from "./param-checks";
import { readJsonl } from "./training-data";

// What a fine-tuned model "learned": the examples of its job's training file (and of
// the jobs it continued). Asked something, it answers with the assistant turn of the
// example whose prompt is nearest the request's: the content words of the last user
// message, compared by shared words over all words. Ties go to the example seen first
// (its own job's file before its parent's, earlier lines before later ones). Tool calls
// in that turn are answered as tool calls.

type Learned = { prompt: Set<string>; answer: Answer };

const cache = new WeakMap<Job, Learned[]>();

function answerOf(m: Record<string, unknown>): Answer {
  const calls = Array.isArray(m.tool_calls) ? m.tool_calls : [];
  const toolCalls = calls.flatMap((c) => {
    const fn = isObject(c) && isObject(c.function) ? c.function : null;
    if (!fn || typeof fn.name !== "string") return [];
    return [{ name: fn.name, arguments: typeof fn.arguments === "string" ? fn.arguments : JSON.stringify(fn.arguments ?? {}) }];
  });
  if (isObject(m.function_call) && typeof m.function_call.name === "string") {
    const args = m.function_call.arguments;
    toolCalls.push({ name: m.function_call.name, arguments: typeof args === "string" ? args : JSON.stringify(args ?? {}) });
  }
  const text = messageText({ content: m.content as RequestMessage["content"] });
  return { content: text === "" && toolCalls.length > 0 ? null : text, toolCalls };
}

/** One training line as a prompt and the answer it teaches, or null for a shape with no chat answer. */
function exampleOf(value: unknown): Learned | null {
  if (!isObject(value)) return null;
  let prompt: unknown[];
  let reply: unknown;
  if (Array.isArray(value.messages)) {
    const at = value.messages.findLastIndex((m) => isObject(m) && m.role === "assistant");
    if (at < 0) return null;
    prompt = value.messages.slice(0, at);
    reply = value.messages[at];
  } else if (isObject(value.input) && Array.isArray(value.input.messages) && Array.isArray(value.preferred_output)) {
    prompt = value.input.messages;
    reply = value.preferred_output.findLast((m) => isObject(m) && m.role === "assistant");
  } else return null;
  if (!isObject(reply)) return null;
  const messages = prompt.filter(isObject).map((m) => ({ role: m.role, content: m.content }) as RequestMessage);
  const asked = lastUserText(messages) || messages.map(messageText).join("\n");
  return { prompt: contentWordSet(asked), answer: answerOf(reply) };
}

function examplesOf(job: Job): Learned[] {
  let examples = cache.get(job);
  if (!examples) {
    const read = readJsonl(job.trainingContent);
    examples = "lines" in read ? read.lines.map((l) => exampleOf(l.value)).filter((e): e is Learned => e !== null) : [];
    cache.set(job, examples);
  }
  return examples;
}

/** The nearest training example's answer, or null when the jobs taught nothing readable. */
export function learnedAnswer(messages: RequestMessage[], lineage: Job[]): Answer | null {
  const asked = contentWordSet(lastUserText(messages) || messages.map(messageText).join("\n"));
  let best: { score: number; answer: Answer } | null = null;
  for (const job of lineage) {
    for (const example of examplesOf(job)) {
      const score = similarity(asked, example.prompt);
      if (!best || score > best.score) best = { score, answer: example.answer };
    }
  }
  return best?.answer ?? null;
}
