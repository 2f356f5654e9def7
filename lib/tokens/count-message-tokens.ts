import type { TextTokenCounter } from "./token-encoders";

// The per-message and per-name overheads are the ones in OpenAI's data-prep
// notebook (openai-cookbook, Chat_finetuning_data_prep.ipynb), so our numbers
// match what users compare against.
export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_PER_NAME = 1;

// An image's true cost depends on its size and detail (on gpt-4o: 85 base plus
// 170 per 512 px tile at high detail), and we never download images to find
// out. 85 is the fixed cost of a low-detail gpt-4o image, the least one costs
// there, so counts of examples with images are lower bounds.
export const IMAGE_PART_TOKENS = 85;

// Keys whose values are not model-visible text. `weight` is a training switch
// (and a number). `tool_call_id` is an opaque handle pairing a tool result with
// its call; by the same reasoning the ids inside `tool_calls` are not counted.
const UNCOUNTED_KEYS = new Set(["weight", "tool_call_id"]);

/** `repeated` memoises text that recurs across records (see token-encoders.ts). */
export type Counters = { text: TextTokenCounter; repeated: TextTokenCounter };

// Roles whose content is usually the same instruction on every record.
const INSTRUCTION_ROLES = new Set(["system", "developer"]);

/** Running totals; one object is reused across a record to avoid allocation. */
export type TokenTally = { total: number; assistant: number };

type Bag = Record<string, unknown>;

export function isBag(value: unknown): value is Bag {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string content counts as itself; an array counts its text parts plus a fixed cost per image. */
function countContent(content: unknown, count: TextTokenCounter): number {
  if (typeof content === "string") return count(content);
  if (!Array.isArray(content)) return 0; // null content beside tool_calls
  let tokens = 0;
  for (const part of content) {
    if (!isBag(part)) continue;
    if (part.type === "image_url") tokens += IMAGE_PART_TOKENS;
    else if (typeof part.text === "string") tokens += count(part.text);
    else if (typeof part.refusal === "string") tokens += count(part.refusal);
    // Other part kinds (audio, files) cannot be fine-tuned on; they cost nothing here.
  }
  return tokens;
}

/**
 * A function call costs its encoded name plus its encoded arguments string. The
 * notebook has no rule for calls (it wrongly treats them as missing content);
 * this mirrors how it counts any other string value. Arguments exported as an
 * object instead of a JSON string are counted as their JSON.
 */
function countFunctionCall(fn: unknown, count: TextTokenCounter): number {
  if (!isBag(fn)) return 0;
  let tokens = typeof fn.name === "string" ? count(fn.name) : 0;
  const args = fn.arguments;
  if (typeof args === "string") tokens += count(args);
  else if (isBag(args)) tokens += count(JSON.stringify(args));
  return tokens;
}

function countToolCalls(calls: unknown, count: TextTokenCounter): number {
  if (!Array.isArray(calls)) return 0;
  let tokens = 0;
  for (const call of calls) if (isBag(call)) tokens += countFunctionCall(call.function, count);
  return tokens;
}

/**
 * Adds one message to the tally: 3 tokens, every other string value encoded
 * (role, name and any unknown string key, as the notebook does), +1 for a name.
 * `assistant` follows the notebook's assistant count: the content (and calls)
 * of assistant messages, without the per-message overhead.
 */
export function tallyMessage(message: unknown, counters: Counters, tally: TokenTally): void {
  if (!isBag(message)) return;
  const count = INSTRUCTION_ROLES.has(message.role as string) ? counters.repeated : counters.text;
  let tokens = TOKENS_PER_MESSAGE;
  let spoken = 0;
  for (const key in message) {
    const value = message[key];
    if (key === "content") spoken += countContent(value, count);
    else if (key === "tool_calls") spoken += countToolCalls(value, count);
    else if (key === "function_call")
      spoken += countFunctionCall(value, count); // legacy shape
    else if (typeof value === "string" && !UNCOUNTED_KEYS.has(key)) {
      // Roles are a handful of words repeated on every message; the memo answers them
      // for a fraction of a BPE pass, which was a tenth of the cost of a short record.
      tokens += key === "role" ? counters.repeated(value) : count(value);
      if (key === "name") tokens += TOKENS_PER_NAME;
    }
  }
  tally.total += tokens + spoken;
  if (message.role === "assistant") tally.assistant += spoken;
}

export function tallyMessages(messages: unknown, counters: Counters, tally: TokenTally): void {
  if (!Array.isArray(messages)) return;
  for (const message of messages) tallyMessage(message, counters, tally);
}

/**
 * Tool definitions reach the model once per example, so they are counted once,
 * as their JSON text. OpenAI renders them in its own format, so this is an
 * approximation, but it scales with what the user controls (names, descriptions,
 * schemas). Legacy top-level `functions` are counted the same way.
 */
export function countToolDefinitions(tools: unknown, counters: Counters): number {
  if (!Array.isArray(tools) || tools.length === 0) return 0;
  let json: string | undefined;
  try {
    json = JSON.stringify(tools);
  } catch {
    return 0; // cannot happen for parsed JSON; counting must not throw
  }
  return json === undefined ? 0 : counters.repeated(json);
}
