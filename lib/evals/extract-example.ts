import type { LineRecord, Message, OutputMessage } from "../formats/schemas";
import { toStrict } from "../formats/strict";
import type { Answer, AnswerToolCall, EvalPrompt } from "./eval-types";

// A training record becomes an evaluation example: what the model was taught to
// answer (the prompt) and what it was taught to say (the reference). The prompt is
// sent to chat completions as is, so it keeps only what that API accepts.

export type EvalExample = { prompt: EvalPrompt; reference: Answer };

type AssistantTurn = Extract<Message, { role: "assistant" }> | OutputMessage;
type ToolFields = Pick<EvalPrompt, "tools" | "parallel_tool_calls" | "functions">;

/**
 * The prompt and reference of one record: for a chat record, the conversation before
 * its last assistant message and that message (later messages are dropped); for a
 * preference record, the input and the preferred output.
 */
export function extractEvalExample(record: LineRecord): EvalExample | { error: string } {
  // Keys the format does not define (metadata and the like) would make the API refuse the request.
  const strict = toStrict(record);
  if ("messages" in strict) {
    const last = strict.messages.findLastIndex((m) => m.role === "assistant");
    if (last < 0) {
      return { error: "This record has no assistant reply to measure answers against: add the reply the model should give." };
    }
    const prompt = promptOf(strict.messages.slice(0, last), strict);
    if (!prompt) {
      return { error: "Nothing but system messages comes before the last assistant reply: add the user message it answers." };
    }
    return { prompt, reference: answerFromMessage(strict.messages[last] as AssistantTurn) };
  }
  const preferred = strict.preferred_output[0];
  if (!preferred) {
    return { error: "This preference record has no preferred output: add the answer the models are measured against." };
  }
  const prompt = promptOf(strict.input.messages, strict.input);
  if (!prompt) {
    return { error: "The input holds nothing but system messages: add the user message the preferred output answers." };
  }
  return { prompt, reference: answerFromMessage(preferred) };
}

/** Null when there is nothing for a model to answer. */
function promptOf(messages: Message[], fields: ToolFields): EvalPrompt | null {
  if (!messages.some((m) => m.role !== "system")) return null;
  // `weight` only means something in a training file; chat completions rejects it.
  const prompt: EvalPrompt = { messages: messages.map(withoutWeight) };
  if (fields.tools) prompt.tools = fields.tools;
  if (fields.parallel_tool_calls !== undefined) prompt.parallel_tool_calls = fields.parallel_tool_calls;
  if (fields.functions) prompt.functions = fields.functions;
  return prompt;
}

function withoutWeight(message: Message): Message {
  if (!("weight" in message)) return message;
  const { weight: _weight, ...rest } = message as Message & { weight?: unknown };
  return rest as Message;
}

function answerFromMessage(message: AssistantTurn): Answer {
  const texts: string[] = [];
  const refusals: string[] = [];
  if (typeof message.content === "string") texts.push(message.content);
  else if (Array.isArray(message.content)) {
    for (const part of message.content) {
      if (part.type === "text") texts.push(part.text);
      else refusals.push(part.refusal);
    }
  }
  if (message.refusal) refusals.unshift(message.refusal);
  const toolCalls: AnswerToolCall[] = (message.tool_calls ?? []).map((c) => ({
    name: c.function.name,
    arguments: c.function.arguments,
  }));
  if (message.function_call) toolCalls.push({ name: message.function_call.name, arguments: message.function_call.arguments });
  return {
    // Text parts are shown as separate blocks elsewhere in Tuneset; a line break keeps them apart here.
    content: texts.length ? texts.join("\n") : null,
    toolCalls,
    refusal: refusals.length ? refusals.join("\n") : null,
  };
}

/** The message of a chat completion's choice, as the provider returned it. */
export type CompletionMessage = {
  content?: string | null;
  refusal?: string | null;
  tool_calls?: { type?: string; function?: { name: string; arguments: string } }[] | null;
  function_call?: { name: string; arguments: string } | null;
};

/** What a model answered: its text, its function calls (other tool kinds are left out), its refusal. */
export function answerFromCompletion(message: CompletionMessage, finishReason?: string | null): Answer {
  const toolCalls: AnswerToolCall[] = [];
  for (const call of message.tool_calls ?? []) {
    if (call.function) toolCalls.push({ name: call.function.name, arguments: call.function.arguments });
  }
  if (message.function_call) toolCalls.push({ name: message.function_call.name, arguments: message.function_call.arguments });
  return {
    content: message.content ?? null,
    toolCalls,
    refusal: message.refusal ?? null,
    finishReason: finishReason ?? null,
  };
}

/** The text to read and score: the content, else the refusal, else nothing. */
export function answerText(answer: Answer): string {
  if (answer.content?.trim()) return answer.content;
  if (answer.refusal?.trim()) return answer.refusal;
  return "";
}
