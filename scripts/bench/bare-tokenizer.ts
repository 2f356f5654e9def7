import { createRequire } from "node:module";

// gpt-tokenizer loaded exactly as lib/tokens/token-encoders.ts loads it (require, not
// import), so both sides share one module instance and one merge cache: otherwise
// the side with the warmer cache would look faster for reasons that are not its own.

type Encoder = { countTokens(text: string, options?: { disallowedSpecial?: Set<string> }): number };

const o200k = createRequire(import.meta.url)("gpt-tokenizer/encoding/o200k_base") as Encoder;

// The lib's options: special tokens read as text, which also skips their regex scan.
const ORDINARY_TEXT = { disallowedSpecial: new Set<string>() };

export const bareCountTokens = (text: string): number => o200k.countTokens(text, ORDINARY_TEXT);
