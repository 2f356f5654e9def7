import { resolveModel } from "../models/fine-tunable-models";

// What answering costs, per million tokens in and out, for the models a lead is likely
// to compare: the base models and the fine-tunes made from them (a fine-tuned model
// bills at its own, higher rate). OpenAI's published prices as of 2025-04-14, the same
// date as the training prices; a model not listed (another provider's, a newer one)
// has no estimate rather than a guess.

export const INFERENCE_PRICE_DATE = "2025-04-14";

type Price = { input: number; output: number };
type FamilyPrices = { base: Price; fineTuned: Price };

const FAMILIES: Record<string, FamilyPrices> = {
  "gpt-4o-mini": { base: { input: 0.15, output: 0.6 }, fineTuned: { input: 0.3, output: 1.2 } },
  "gpt-4o": { base: { input: 2.5, output: 10 }, fineTuned: { input: 3.75, output: 15 } },
  "gpt-4.1": { base: { input: 2, output: 8 }, fineTuned: { input: 3, output: 12 } },
  "gpt-4.1-mini": { base: { input: 0.4, output: 1.6 }, fineTuned: { input: 0.8, output: 3.2 } },
  "gpt-4.1-nano": { base: { input: 0.1, output: 0.4 }, fineTuned: { input: 0.2, output: 0.8 } },
  "gpt-3.5-turbo": { base: { input: 0.5, output: 1.5 }, fineTuned: { input: 3, output: 6 } },
};

/** "ft:gpt-4o-mini-2024-07-18:acme:support:abc123" (or one of its checkpoints) → "gpt-4o-mini-2024-07-18". */
export function baseOfFineTunedModel(model: string): string | null {
  if (!model.startsWith("ft:")) return null;
  return model.split(":")[1] || null;
}

/** The family a model id belongs to ("gpt-4o-2024-08-06" → "gpt-4o"), or null when Tuneset has no price for it. */
function familyOf(id: string): string | null {
  const known = resolveModel(id);
  if (known && FAMILIES[known.family]) return known.family;
  // Undated aliases and other dated snapshots of a priced family.
  const undated = id.replace(/-\d{4}-\d{2}-\d{2}$/, "").replace(/-\d{4}$/, "");
  return FAMILIES[undated] ? undated : null;
}

export function inferencePrice(model: string): (Price & { fineTuned: boolean }) | null {
  const base = baseOfFineTunedModel(model);
  const family = familyOf(base ?? model);
  if (!family) return null;
  return { ...(base ? FAMILIES[family].fineTuned : FAMILIES[family].base), fineTuned: base !== null };
}

export function inferenceCostUsd(model: string, inputTokens: number, outputTokens: number): number | null {
  const price = inferencePrice(model);
  return price ? (inputTokens * price.input + outputTokens * price.output) / 1_000_000 : null;
}
