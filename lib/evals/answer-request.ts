import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import type { ProviderKind } from "../fine-tunes/fine-tune-vocabulary";
import type { EvalPrompt } from "./eval-types";

// The chat completion a model is asked for one example: the prompt as extracted, the
// example's tools when it has them, and the run's temperature and answer length.
// OpenAI takes `max_completion_tokens` (its newer models refuse `max_tokens`); Azure
// API versions and OpenAI-compatible servers commonly know only `max_tokens`.

/** The name of the answer-length cap this provider takes. */
export const maxTokensField = (provider: ProviderKind) => (provider === "openai" ? "max_completion_tokens" : "max_tokens");

export function answerRequest(
  prompt: EvalPrompt,
  o: { model: string; temperature: number; maxTokens: number; provider: ProviderKind },
): ChatCompletionCreateParamsNonStreaming {
  const body: Record<string, unknown> = {
    model: o.model,
    messages: prompt.messages,
    temperature: o.temperature,
    [maxTokensField(o.provider)]: o.maxTokens,
  };
  if (prompt.tools?.length) {
    body.tools = prompt.tools;
    if (prompt.parallel_tool_calls !== undefined) body.parallel_tool_calls = prompt.parallel_tool_calls;
  } else if (prompt.functions?.length) {
    body.functions = prompt.functions;
  }
  return body as unknown as ChatCompletionCreateParamsNonStreaming;
}
