import { defaultEpochs, resolveModel, trainingCostUsd } from "../models/fine-tunable-models";
import type { AutoOrNumber } from "../validation/hyperparameter-value";
import type { ProviderKind } from "./fine-tune-vocabulary";

// What one job will bill, before it is launched: the launch dialog shows it, the sweep
// adds it up. Tokens follow OpenAI's rule (each example, truncated to the model's
// limit, seen once per epoch); the price comes from the model table and only means
// something where that table's prices apply.

export type JobEstimateInput = {
  /** One epoch's billed tokens: each training example's count, truncated to the model's limit, summed (the pre-flight check's figure). */
  trainingTokensPerEpoch: number;
  trainingExamples: number;
  n_epochs: AutoOrNumber;
  model: string;
  /** Whose prices apply; the table holds OpenAI's. Defaults to openai. */
  provider?: ProviderKind;
};

export type JobEstimate = {
  epochs: number;
  /** Whether epochs is Tuneset's estimate of the provider's "auto" choice rather than the user's number. */
  epochsEstimated: boolean;
  billedTokens: number;
  /** Null when no price is known for this model at this provider. */
  costUsd: number | null;
  priceNote: string;
};

export function estimateJob(input: JobEstimateInput): JobEstimate {
  const examples = Math.max(0, Math.floor(input.trainingExamples));
  const epochsEstimated = input.n_epochs === "auto";
  // The same rule the pre-flight check quotes, so the dialog and the report agree.
  const epochs = input.n_epochs === "auto" ? defaultEpochs(examples) : input.n_epochs;
  const billedTokens = epochs * Math.max(0, Math.round(input.trainingTokensPerEpoch));
  const provider = input.provider ?? "openai";
  const model = resolveModel(input.model);

  if (provider === "compatible") {
    return { epochs, epochsEstimated, billedTokens, costUsd: null, priceNote: "No price for an OpenAI-compatible endpoint: its own pricing applies." };
  }
  if (provider === "azure") {
    return {
      epochs,
      epochsEstimated,
      billedTokens,
      costUsd: null,
      priceNote: "Azure OpenAI prices fine-tuning by region and deployment, not at OpenAI's list price; see your Azure pricing.",
    };
  }
  if (!model) {
    return { epochs, epochsEstimated, billedTokens, costUsd: null, priceNote: `No price is known for ${input.model}; check OpenAI's pricing page.` };
  }
  return {
    epochs,
    epochsEstimated,
    billedTokens,
    // Rounded to a millionth of a dollar like the pre-flight report: hides float noise, not small sets.
    costUsd: Math.round(trainingCostUsd(billedTokens, model) * 1e6) / 1e6,
    priceNote: `At OpenAI's training price for ${model.id}, $${model.trainingUsdPer1MTokens} per 1M tokens as of ${model.priceAsOf}; the provider's bill is final.`,
  };
}
