import { Cl100KBase } from "gpt-tokenizer/encodingParams/cl100k_base";
import { createO200KSpecialTokenMap } from "gpt-tokenizer/encodingParams/o200k_base";
import type { TokenEncoding } from "../tokens/token-encoders";
import { appendSegment } from "../formats/paths";

// Text such as "<|endoftext|>" inside a training example makes OpenAI's job fail.
// The list is the target encoding's own, read from gpt-tokenizer's parameter
// modules (which hold no rank tables, so this import stays cheap), plus the
// chat-format markers, which a pasted transcript from another model may carry.

const CHAT_MARKERS = ["<|im_start|>", "<|im_end|>", "<|im_sep|>"];

const byEncoding = new Map<TokenEncoding, readonly string[]>();

export function specialTokensOf(encoding: TokenEncoding): readonly string[] {
  let tokens = byEncoding.get(encoding);
  if (!tokens) {
    // Cl100KBase only passes the ranks through; the special-token map is what is read.
    const map = encoding === "cl100k_base" ? Cl100KBase([]).specialTokensEncoder : createO200KSpecialTokenMap();
    tokens = [...new Set([...map.keys(), ...CHAT_MARKERS])];
    byEncoding.set(encoding, tokens);
  }
  return tokens;
}

/**
 * Whether a raw JSONL line could hold a special token. Every token starts with
 * "<|"; a JSON writer may also have escaped the "<" (Go writes \u003c), so any
 * \u escape sends the line to the full walk.
 */
export function mayHoldSpecialToken(line: string): boolean {
  return line.includes("<|") || line.includes("\\u");
}

export function specialTokenIn(text: string, tokens: readonly string[]): string | undefined {
  if (!text.includes("<|")) return undefined;
  return tokens.find((token) => text.includes(token));
}

/** Calls `found` once per string (anywhere in the value) that holds a special token. */
export function findSpecialTokens(value: unknown, path: string, tokens: readonly string[], found: (path: string, token: string) => void): void {
  if (typeof value === "string") {
    const token = specialTokenIn(value, tokens);
    if (token) found(path, token);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) findSpecialTokens(value[i], `${path}[${i}]`, tokens, found);
  } else if (value !== null && typeof value === "object") {
    const bag = value as Record<string, unknown>;
    for (const key in bag) findSpecialTokens(bag[key], appendSegment(path, key), tokens, found);
  }
}
