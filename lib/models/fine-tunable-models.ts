import type { TokenEncoding } from "../tokens/token-encoders";

export type FineTuneMethod = "supervised" | "dpo";

export type FineTunableModel = {
  provider: "openai";
  /** Dated snapshot, the id the fine-tuning API expects. */
  id: string;
  /** The id without its date, which users type ("gpt-4o-mini"). */
  family: string;
  /** Release date of the snapshot; orders snapshots of one family. */
  released: string;
  methods: readonly FineTuneMethod[];
  /** Longest training example in tokens; OpenAI truncates longer ones. */
  maxTokensPerExample: number;
  encoding: TokenEncoding;
  /** Whether training examples may contain image content parts. */
  acceptsImages: boolean;
  trainingUsdPer1MTokens: number;
  /** Date the price was read from OpenAI's pricing page. */
  priceAsOf: string;
};

// Limits, encodings and methods: OpenAI's fine-tuning guide as summarised in
// docs/stack-notes.md. Images: OpenAI opened vision fine-tuning with
// gpt-4o-2024-08-06 (announced October 2024); gpt-4.1 and gpt-4.1-mini are
// flagged from OpenAI's model documentation as we recall it, which could not be
// checked offline. Azure's vision fine-tuning page names only gpt-4o-2024-08-06
// and gpt-4.1-2025-04-14, so gpt-4.1-mini's flag is the least certain.
// PRICES: OpenAI's published training prices as of 2025-04-14 (the GPT-4.1
// launch, when all of these were listed together). TO BE RE-CHECKED before they
// are shown as a quote; OpenAI's 2026 wind-down of self-serve fine-tuning may
// change them.
const PRICE_DATE = "2025-04-14";

type Entry = Omit<FineTunableModel, "provider" | "priceAsOf" | "family" | "released"> & Partial<Pick<FineTunableModel, "family" | "released">>;

/** A dated id ("gpt-4.1-2025-04-14") names its family and release date; older ids ("gpt-3.5-turbo-0125") say them apart. */
function model(entry: Entry): FineTunableModel {
  const dated = /^(.+)-(\d{4}-\d{2}-\d{2})$/.exec(entry.id);
  const family = entry.family ?? dated?.[1];
  const released = entry.released ?? dated?.[2];
  if (!family || !released) throw new Error(`fine-tunable model ${entry.id}: give its family and release date`);
  return { provider: "openai", priceAsOf: PRICE_DATE, ...entry, family, released };
}

const SFT = ["supervised"] as const;
const SFT_DPO = ["supervised", "dpo"] as const;
// The limits the current vision-capable models share: both methods, 64k-token examples, images.
const VISION_SFT_DPO_64K = { methods: SFT_DPO, maxTokensPerExample: 65_536, encoding: "o200k_base", acceptsImages: true } as const;

export const FINE_TUNABLE_MODELS: readonly FineTunableModel[] = [
  model({
    id: "gpt-3.5-turbo-0613",
    family: "gpt-3.5-turbo",
    released: "2023-06-13",
    methods: SFT,
    maxTokensPerExample: 4_096,
    encoding: "cl100k_base",
    acceptsImages: false,
    trainingUsdPer1MTokens: 8,
  }),
  model({
    id: "gpt-3.5-turbo-0125",
    family: "gpt-3.5-turbo",
    released: "2024-01-25",
    methods: SFT,
    maxTokensPerExample: 16_385,
    encoding: "cl100k_base",
    acceptsImages: false,
    trainingUsdPer1MTokens: 8,
  }),
  model({
    id: "gpt-4o-mini-2024-07-18",
    methods: SFT_DPO,
    maxTokensPerExample: 65_536,
    encoding: "o200k_base",
    acceptsImages: false,
    trainingUsdPer1MTokens: 3,
  }),
  model({
    id: "gpt-4o-2024-08-06",
    ...VISION_SFT_DPO_64K,
    trainingUsdPer1MTokens: 25,
  }),
  model({
    id: "gpt-4.1-2025-04-14",
    ...VISION_SFT_DPO_64K,
    trainingUsdPer1MTokens: 25,
  }),
  model({
    id: "gpt-4.1-mini-2025-04-14",
    ...VISION_SFT_DPO_64K,
    trainingUsdPer1MTokens: 5,
  }),
  model({
    id: "gpt-4.1-nano-2025-04-14",
    methods: SFT_DPO,
    maxTokensPerExample: 32_768,
    encoding: "o200k_base",
    acceptsImages: false,
    trainingUsdPer1MTokens: 1.5,
  }),
];

export const DEFAULT_TARGET_MODEL = "gpt-4o-mini-2024-07-18";

/**
 * Normalises what users and other tools write: case and spaces; Azure's
 * "gpt-35-turbo" spelling; and "ft:<base>:<org>:<suffix>:<id>" names of
 * fine-tuned models, which OpenAI accepts as a base for further fine-tuning and
 * which share their base model's limits and encoding.
 */
function baseId(id: string): string {
  let normalised = id.trim().toLowerCase();
  if (normalised.startsWith("ft:")) normalised = normalised.split(":")[1] ?? "";
  return normalised.replace(/^gpt-35-/, "gpt-3.5-");
}

/** A dated id, or a family alias meaning its newest listed snapshot; undefined when unknown. */
export function resolveModel(id: string): FineTunableModel | undefined {
  const wanted = baseId(id);
  const exact = FINE_TUNABLE_MODELS.find((m) => m.id === wanted);
  if (exact) return exact;
  let newest: FineTunableModel | undefined;
  for (const m of FINE_TUNABLE_MODELS) {
    if (m.family === wanted && (!newest || m.released > newest.released)) newest = m;
  }
  return newest;
}

/**
 * The encoding to count with. Unknown ids fall back to o200k_base, the encoding
 * of every OpenAI chat model since gpt-4o, except the older gpt-3.5 and gpt-4
 * (not 4o/4.1) names, which used cl100k_base.
 */
export function encodingForModel(id: string): TokenEncoding {
  const known = resolveModel(id);
  if (known) return known.encoding;
  return /^gpt-(3\.5|4)(-|$)/.test(baseId(id)) ? "cl100k_base" : "o200k_base";
}

// The data-prep notebook's estimate of the epochs OpenAI picks when n_epochs is
// "auto": aim for 3, but see at least 100 and at most 25,000 examples in total.
const TARGET_EPOCHS = 3;
const MIN_TARGET_EXAMPLES = 100;
const MAX_TARGET_EXAMPLES = 25_000;
const MIN_DEFAULT_EPOCHS = 1;
const MAX_DEFAULT_EPOCHS = 25;

export function defaultEpochs(exampleCount: number): number {
  const n = Math.floor(exampleCount);
  if (n <= 0) return TARGET_EPOCHS; // nothing to train; avoids dividing by zero
  if (n * TARGET_EPOCHS < MIN_TARGET_EXAMPLES) {
    return Math.min(MAX_DEFAULT_EPOCHS, Math.floor(MIN_TARGET_EXAMPLES / n));
  }
  if (n * TARGET_EPOCHS > MAX_TARGET_EXAMPLES) {
    return Math.max(MIN_DEFAULT_EPOCHS, Math.floor(MAX_TARGET_EXAMPLES / n));
  }
  return TARGET_EPOCHS;
}

/** Tokens OpenAI bills: each example is truncated to the limit, then seen once per epoch. */
export function billedTokens(tokensPerExample: readonly number[], limit: number, epochs: number = defaultEpochs(tokensPerExample.length)): number {
  let perEpoch = 0;
  for (const tokens of tokensPerExample) perEpoch += Math.min(limit, tokens);
  return epochs * perEpoch;
}

/** Estimated training cost in USD at the table's (dated) price. */
export function trainingCostUsd(billed: number, model: FineTunableModel): number {
  return (billed / 1_000_000) * model.trainingUsdPer1MTokens;
}
