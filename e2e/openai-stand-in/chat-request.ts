import { checkMessages, messageText, type RequestMessage } from "./chat-messages";
import { checkResponseFormat, type ResponseFormat } from "./chat-response-format";
import { checkTools, type ToolSettings } from "./chat-tools-request";
import { InvalidRequest } from "./openai-errors";
import { arrayTooLong, checkInteger, invalidType, isObject, outOfBounds, unrecognized } from "./param-checks";

// A chat completion request (the spec's CreateChatCompletionRequest) read and checked
// in the provider's words, each error naming its parameter. Sampling parameters are
// checked but change nothing: the stand-in answers the same request the same way.

export type ChatRequest = {
  /** Null on the Azure mount, where the deployment names the model. */
  model: string | null;
  messages: RequestMessage[];
  n: number;
  /** The cap on each choice's tokens: `max_completion_tokens` or the deprecated `max_tokens` (the smaller when both are sent). */
  maxTokens: { value: number; param: "max_tokens" | "max_completion_tokens" } | null;
  stop: string[];
  tools: ToolSettings;
  responseFormat: ResponseFormat;
};

const KNOWN = [
  "messages",
  "model",
  "audio",
  "frequency_penalty",
  "function_call",
  "functions",
  "logit_bias",
  "logprobs",
  "max_completion_tokens",
  "max_tokens",
  "metadata",
  "modalities",
  "moderation",
  "n",
  "parallel_tool_calls",
  "prediction",
  "presence_penalty",
  "prompt_cache_key",
  "prompt_cache_options",
  "prompt_cache_retention",
  "reasoning_effort",
  "response_format",
  "safety_identifier",
  "seed",
  "service_tier",
  "stop",
  "store",
  "stream",
  "stream_options",
  "temperature",
  "tool_choice",
  "tools",
  "top_logprobs",
  "top_p",
  "user",
  "verbosity",
  "web_search_options",
];

/** A number in [min, max], or null/absent. */
function checkRange(param: string, v: unknown, min: number, max: number) {
  if (v === undefined || v === null) return;
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidType(param, "a number", v);
  if (v < min) throw outOfBounds(param, "decimal", v, ">=", min);
  if (v > max) throw outOfBounds(param, "decimal", v, "<=", max);
}

function checkBoolean(param: string, v: unknown) {
  if (v !== undefined && v !== null && typeof v !== "boolean") throw invalidType(param, "a boolean", v);
}

function checkStop(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) throw invalidType("stop", "a string or an array of strings", v);
  if (v.length > 4) throw arrayTooLong("stop", 4, v.length);
  v.forEach((s, i) => {
    if (typeof s !== "string") throw invalidType(`stop[${i}]`, "a string", s);
  });
  return v as string[];
}

function checkMaxTokens(body: Record<string, unknown>): ChatRequest["maxTokens"] {
  let cap: ChatRequest["maxTokens"] = null;
  for (const param of ["max_tokens", "max_completion_tokens"] as const) {
    const v = body[param];
    if (v === undefined || v === null) continue;
    const value = checkInteger(param, v, 1, Number.MAX_SAFE_INTEGER);
    if (!cap || value < cap.value) cap = { value, param };
  }
  return cap;
}

/**
 * Reads a request body. `modelRequired` is false on the Azure mount, whose URL names
 * the deployment.
 */
export function parseChatRequest(body: unknown, o: { modelRequired: boolean }): ChatRequest {
  if (!isObject(body)) throw invalidType("body", "an object", body);
  const extra = Object.keys(body).find((k) => !KNOWN.includes(k));
  if (extra !== undefined) throw unrecognized(extra);
  if (body.model === undefined || body.model === null) {
    if (o.modelRequired) throw new InvalidRequest("you must provide a model parameter", null, null);
  } else if (typeof body.model !== "string") throw invalidType("model", "a string", body.model);
  if (body.stream === true) {
    throw new InvalidRequest("The OpenAI stand-in does not stream chat completions: send the request without 'stream: true'.", "stream", "unsupported_value");
  }
  checkBoolean("stream", body.stream);
  const messages = checkMessages(body.messages);
  checkRange("temperature", body.temperature, 0, 2);
  checkRange("top_p", body.top_p, 0, 1);
  checkRange("frequency_penalty", body.frequency_penalty, -2, 2);
  checkRange("presence_penalty", body.presence_penalty, -2, 2);
  checkBoolean("logprobs", body.logprobs);
  checkBoolean("store", body.store);
  if (body.top_logprobs !== undefined && body.top_logprobs !== null) checkInteger("top_logprobs", body.top_logprobs, 0, 20);
  if (body.seed !== undefined && body.seed !== null && !Number.isInteger(body.seed)) throw invalidType("seed", "an integer", body.seed);
  if (body.metadata !== undefined && body.metadata !== null && !isObject(body.metadata)) throw invalidType("metadata", "an object", body.metadata);
  const n = body.n === undefined || body.n === null ? 1 : checkInteger("n", body.n, 1, 128);
  const request: ChatRequest = {
    model: (body.model as string | undefined) ?? null,
    messages,
    n,
    maxTokens: checkMaxTokens(body),
    stop: checkStop(body.stop),
    tools: checkTools(body),
    responseFormat: checkResponseFormat(body.response_format),
  };
  if (request.responseFormat.type === "json_object" && !messages.some((m) => /json/i.test(messageText(m)))) {
    throw new InvalidRequest("'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.", "messages", null);
  }
  return request;
}
