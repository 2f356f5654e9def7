import { InvalidRequest } from "./openai-errors";
import { checkDecimal, checkInteger, invalidType, isObject, onlyKeys } from "./param-checks";

// Hyperparameters as CreateFineTuningJobRequest takes them (under
// method.<type>.hyperparameters, or the deprecated top-level `hyperparameters`): each
// "auto" or a number within the spec's bounds. Once the files are validated, "auto"
// becomes a number by the rules below.

export type Auto<T> = T | "auto";

export type Hyperparameters = {
  n_epochs: Auto<number>;
  batch_size: Auto<number>;
  learning_rate_multiplier: Auto<number>;
  /** DPO only. */
  beta?: Auto<number>;
};

export type Resolved = { n_epochs: number; batch_size: number; learning_rate_multiplier: number; beta?: number };

function autoOr(param: string, v: unknown, check: (param: string, v: unknown) => number): Auto<number> {
  if (v === undefined || v === "auto") return "auto";
  if (typeof v === "string") throw new InvalidRequest(`Invalid value for '${param}': expected 'auto' or a number, but got '${v}'.`, param, "invalid_value");
  return check(param, v);
}

/** `at` is where they were sent (`method.supervised.hyperparameters`), to name the parameter at fault. */
export function parseHyperparameters(v: unknown, at: string, dpo: boolean): Hyperparameters {
  if (v === undefined || v === null) v = {};
  if (!isObject(v)) throw invalidType(at, "an object", v);
  onlyKeys(v, dpo ? ["n_epochs", "batch_size", "learning_rate_multiplier", "beta"] : ["n_epochs", "batch_size", "learning_rate_multiplier"], `${at}.`);
  const h: Hyperparameters = {
    n_epochs: autoOr(`${at}.n_epochs`, v.n_epochs, (p, x) => checkInteger(p, x, 1, 50)),
    batch_size: autoOr(`${at}.batch_size`, v.batch_size, (p, x) => checkInteger(p, x, 1, 256)),
    learning_rate_multiplier: autoOr(`${at}.learning_rate_multiplier`, v.learning_rate_multiplier, (p, x) => checkDecimal(p, x, 0)),
  };
  if (dpo) h.beta = autoOr(`${at}.beta`, v.beta, (p, x) => checkDecimal(p, x, 0, 2));
  return h;
}

/**
 * Epochs for "auto": the rule of OpenAI's data-preparation notebook (Chat_finetuning_data_prep):
 * 3 epochs, raised to min(25, 100 // n) when n * 3 < 100 examples, lowered to
 * max(1, 25000 // n) when n * 3 > 25,000.
 */
export function autoEpochs(examples: number): number {
  if (examples * 3 < 100) return Math.min(25, Math.floor(100 / examples));
  if (examples * 3 > 25_000) return Math.max(1, Math.floor(25_000 / examples));
  return 3;
}

/**
 * "auto" made concrete for `examples` training examples:
 * - n_epochs: autoEpochs above;
 * - batch_size: about 0.2% of the examples, at least 1 and at most 256 (the rule the
 *   provider's fine-tuning documentation gave for its default batch size);
 * - learning_rate_multiplier: 1.8, what the provider reports for "auto" on small chat sets;
 * - beta (DPO): 0.1, the DPO guide's default.
 */
export function resolveHyperparameters(h: Hyperparameters, examples: number): Resolved {
  const resolved: Resolved = {
    n_epochs: h.n_epochs === "auto" ? autoEpochs(examples) : h.n_epochs,
    batch_size: h.batch_size === "auto" ? Math.min(256, Math.max(1, Math.ceil(examples * 0.002))) : h.batch_size,
    learning_rate_multiplier: h.learning_rate_multiplier === "auto" ? 1.8 : h.learning_rate_multiplier,
  };
  if (h.beta !== undefined) resolved.beta = h.beta === "auto" ? 0.1 : h.beta;
  return resolved;
}
