import { createRequire } from "node:module";
import type { EncodeOptions } from "gpt-tokenizer/GptEncoding";

/** The two BPE encodings used by the fine-tunable OpenAI chat models. */
export type TokenEncoding = "o200k_base" | "cl100k_base";

export const TOKEN_ENCODINGS: readonly TokenEncoding[] = ["o200k_base", "cl100k_base"];

export function isTokenEncoding(value: unknown): value is TokenEncoding {
  return value === "o200k_base" || value === "cl100k_base";
}

/** Counts the tokens of one plain string. */
export type TextTokenCounter = (text: string) => number;

type Encoder = { countTokens(text: string, options?: EncodeOptions): number };

// Importing an encoding module parses a multi-megabyte rank table and builds its
// maps (about 300 ms for o200k_base, 110 ms for cl100k_base on these machines),
// so a static import would make every importer of lib/tokens pay for both even
// when it counts nothing. Requiring on first use keeps imports cheap while the
// counting API stays synchronous. This ties the module to a Node runtime
// (CLI, tests, Next's server), which is where token counting runs.
const requireFromHere = createRequire(import.meta.url);

// The specifiers are literals so bundlers and file tracers can see them.
function loadEncoder(encoding: TokenEncoding): Encoder {
  return encoding === "cl100k_base"
    ? (requireFromHere("gpt-tokenizer/encoding/cl100k_base") as Encoder)
    : (requireFromHere("gpt-tokenizer/encoding/o200k_base") as Encoder);
}

// gpt-tokenizer throws by default when the text contains a special token such as
// "<|endoftext|>". OpenAI rejects training files with those (the validator reports
// it), but counting must never throw, so they are counted as ordinary text, the
// way tiktoken's encode_ordinary does. An empty disallowed set also skips the
// library's per-call special-token regex scan, which makes counting cheaper.
const ORDINARY_TEXT: EncodeOptions = { disallowedSpecial: new Set<string>() };

const counters = new Map<TokenEncoding, TextTokenCounter>();

/**
 * A counter for one encoding, loaded on first request and then shared.
 * gpt-tokenizer's countTokens walks the BPE without building the token array
 * that encode() returns, which is the cheapest count the library offers.
 */
export function textTokenCounter(encoding: TokenEncoding): TextTokenCounter {
  let counter = counters.get(encoding);
  if (!counter) {
    const encoder = loadEncoder(encoding);
    counter = (text) => (text.length === 0 ? 0 : encoder.countTokens(text, ORDINARY_TEXT));
    counters.set(encoding, counter);
  }
  return counter;
}

// Bounded so a dataset of all-different system prompts cannot grow it without
// limit; clearing when full is crude but costs nothing on the hot path.
const REPEATED_MEMO_SIZE = 256;
const repeatedCounters = new Map<TokenEncoding, TextTokenCounter>();

/**
 * Like textTokenCounter, but remembers recent answers. Meant only for text that
 * recurs across a dataset (system prompts, tool definitions): hashing a string
 * is far cheaper than BPE, while memoising every string would just fill memory.
 */
export function repeatedTextTokenCounter(encoding: TokenEncoding): TextTokenCounter {
  let counter = repeatedCounters.get(encoding);
  if (!counter) {
    const count = textTokenCounter(encoding);
    const memo = new Map<string, number>();
    counter = (text) => {
      let tokens = memo.get(text);
      if (tokens === undefined) {
        tokens = count(text);
        if (memo.size >= REPEATED_MEMO_SIZE) memo.clear();
        memo.set(text, tokens);
      }
      return tokens;
    };
    repeatedCounters.set(encoding, counter);
  }
  return counter;
}

/** Token count of one string in the given encoding (special tokens as plain text). */
export function countTextTokens(text: string, encoding: TokenEncoding): number {
  return textTokenCounter(encoding)(text);
}
