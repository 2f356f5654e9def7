import { encodingForModel } from "../../lib/models/fine-tunable-models";
import { countRecordTokens } from "../../lib/tokens/count-tokens";
import { textTokenCounter, type TextTokenCounter } from "../../lib/tokens/token-encoders";
import type { Answer } from "./chat-base-answer";
import type { ChatModel } from "./chat-models";
import type { ChatRequest } from "./chat-request";
import { digest } from "./chat-words";
import { stableId } from "./ids";
import { InvalidRequest } from "./openai-errors";

// The spec's CreateChatCompletionResponse around an answer: `n` identical choices, each
// cut at a stop sequence or at max_tokens / max_completion_tokens (finish_reason
// "length"), and usage counted with Tuneset's tokenizer (lib/tokens, the model's own
// encoding): the prompt by the cookbook's rule (3 per message, 3 to prime the reply, tool
// definitions as their JSON), the completion as its text or its calls' names and
// arguments. Also the provider's refusals that need those counts: an output cap above
// the model's, and a prompt (plus cap) beyond its context window.

export const promptTokens = (request: ChatRequest, model: ChatModel): number =>
  countRecordTokens(
    { messages: request.messages, tools: request.tools.tools.length > 0 ? request.tools.tools.map((f) => ({ type: "function", function: f })) : undefined },
    encodingForModel(model.base),
  ).total;

export function checkLimits(request: ChatRequest, model: ChatModel, prompt: number) {
  const cap = request.maxTokens;
  if (cap && cap.value > model.maxOutput) {
    throw new InvalidRequest(
      `${cap.param} is too large: ${cap.value}. This model supports at most ${model.maxOutput} completion tokens, whereas you provided ${cap.value}.`,
      cap.param,
      "invalid_value",
    );
  }
  const window = `This model's maximum context length is ${model.context} tokens.`;
  if (prompt > model.context) {
    throw new InvalidRequest(
      `${window} However, your messages resulted in ${prompt} tokens. Please reduce the length of the messages.`,
      "messages",
      "context_length_exceeded",
    );
  }
  if (cap && prompt + cap.value > model.context) {
    throw new InvalidRequest(
      `${window} However, you requested ${prompt + cap.value} tokens (${prompt} in the messages, ${cap.value} in the completion). Please reduce the length of the messages or completion.`,
      "messages",
      "context_length_exceeded",
    );
  }
}

/** The longest start of `text` that fits in `cap` tokens. */
export function truncateToTokens(text: string, cap: number, count: TextTokenCounter): string {
  if (count(text) <= cap) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (count(chars.slice(0, mid).join("")) <= cap) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("");
}

function cutAtStop(text: string, stop: string[]): string {
  const at = stop.map((s) => (s === "" ? -1 : text.indexOf(s))).filter((i) => i >= 0);
  return at.length === 0 ? text : text.slice(0, Math.min(...at));
}

type Choice = { message: Record<string, unknown>; finish: string; tokens: number };

function choiceOf(answer: Answer, request: ChatRequest, count: TextTokenCounter, callId: (i: number) => string): Choice {
  const cap = request.maxTokens?.value ?? Infinity;
  let finish = "stop";
  let tokens = 0;
  let content = answer.content === null ? null : cutAtStop(answer.content, request.stop);
  if (content !== null && count(content) > cap) {
    content = truncateToTokens(content, cap, count);
    finish = "length";
  }
  if (content !== null) tokens = count(content);
  const calls: Answer["toolCalls"] = [];
  for (const call of answer.toolCalls) {
    const name = count(call.name);
    const args = count(call.arguments);
    if (tokens + name + args <= cap) {
      calls.push(call);
      tokens += name + args;
      continue;
    }
    const cut = truncateToTokens(call.arguments, Math.max(0, cap - tokens - name), count);
    calls.push({ name: call.name, arguments: cut });
    tokens += name + count(cut);
    finish = "length";
    break;
  }
  const legacy = request.tools.legacy;
  if (finish !== "length" && calls.length > 0) finish = legacy ? "function_call" : "tool_calls";
  const message: Record<string, unknown> = { role: "assistant", content, refusal: null, annotations: [] };
  if (calls.length > 0 && legacy) message.function_call = calls[0];
  if (calls.length > 0 && !legacy) message.tool_calls = calls.map((c, i) => ({ id: callId(i), type: "function", function: c }));
  return { message, finish, tokens };
}

/** Stable per base model, as the provider's is per backend configuration. */
export const fingerprint = (base: string) => `fp_${digest(base).toString("hex").slice(0, 10)}`;

/**
 * The response body. `key` identifies the request (a digest of its body) so the same
 * request gets the same tool call ids; `id` and `created` are the only parts that vary.
 */
export function completionBody(request: ChatRequest, model: ChatModel, answer: Answer, o: { id: string; created: number; key: string; prompt: number }) {
  const count = textTokenCounter(encodingForModel(model.base));
  const built = Array.from({ length: request.n }, (_, index) => choiceOf(answer, request, count, (i) => stableId("call_", `${o.key}:${index}:${i}`, 24)));
  const completion = built.reduce((sum, c) => sum + c.tokens, 0);
  return {
    id: o.id,
    object: "chat.completion" as const,
    created: o.created,
    model: model.name,
    choices: built.map((c, index) => ({ index, message: c.message, logprobs: null, finish_reason: c.finish })),
    usage: {
      prompt_tokens: o.prompt,
      completion_tokens: completion,
      total_tokens: o.prompt + completion,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    service_tier: "default",
    system_fingerprint: fingerprint(model.base),
  };
}
