import { parseHyperparameters, type Hyperparameters } from "./hyperparameters";
import { InvalidRequest } from "./openai-errors";
import { arrayTooLong, checkInteger, checkOneOf, checkString, invalidType, isObject, missing, onlyKeys } from "./param-checks";

// CreateFineTuningJobRequest read and checked against the spec's schema, in the
// provider's words: each refusal names the parameter (`method.supervised.hyperparameters.n_epochs`)
// and gives its code. What needs the account's state (is the model fine-tunable, is the
// file there and processed) is checked by the job store.

export type JobMethod = { type: "supervised" | "dpo"; hyperparameters: Hyperparameters };

export type JobRequest = {
  model: string;
  training_file: string;
  validation_file: string | null;
  suffix: string | null;
  seed: number | null;
  method: JobMethod;
  metadata: Record<string, string> | null;
  integrations: unknown[] | null;
};

const KEYS = ["model", "training_file", "validation_file", "hyperparameters", "suffix", "integrations", "seed", "method", "metadata"];

export function parseMetadata(v: unknown): Record<string, string> | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v)) throw invalidType("metadata", "an object", v);
  const entries = Object.entries(v);
  if (entries.length > 16) {
    throw new InvalidRequest(
      `Invalid 'metadata': too many properties. Expected an object with at most 16 properties, but got an object with ${entries.length} properties instead.`,
      "metadata",
      "object_above_max_properties",
    );
  }
  for (const [key, value] of entries) {
    if (key.length > 64) {
      throw new InvalidRequest(
        `Invalid 'metadata': key '${key.slice(0, 20)}…' is too long. Expected a key with maximum length 64, but got a key with length ${key.length} instead.`,
        "metadata",
        "string_above_max_length",
      );
    }
    checkString(`metadata.${key}`, value, 0, 512);
  }
  return v as Record<string, string>;
}

function parseIntegrations(v: unknown): unknown[] | null {
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v)) throw invalidType("integrations", "an array", v);
  if (v.length > 5) throw arrayTooLong("integrations", 5, v.length);
  v.forEach((item, i) => {
    if (!isObject(item)) throw invalidType(`integrations[${i}]`, "an object", item);
    checkOneOf(`integrations[${i}].type`, item.type, ["wandb"]);
    if (!isObject(item.wandb)) throw missing(`integrations[${i}].wandb`);
    if (typeof item.wandb.project !== "string") throw missing(`integrations[${i}].wandb.project`);
  });
  return v;
}

function parseMethod(method: unknown, topLevel: unknown): JobMethod {
  if (method === undefined || method === null) return { type: "supervised", hyperparameters: parseHyperparameters(topLevel, "hyperparameters", false) };
  if (!isObject(method)) throw invalidType("method", "an object", method);
  onlyKeys(method, ["type", "supervised", "dpo", "reinforcement"], "method.");
  if (method.type === undefined) throw missing("method.type");
  const type = checkOneOf("method.type", method.type, ["supervised", "dpo", "reinforcement"]);
  if (type === "reinforcement") {
    throw new InvalidRequest("Reinforcement fine-tuning is not supported for the requested model. Use 'supervised' or 'dpo'.", "method.type", "invalid_value");
  }
  const config = method[type];
  if (config !== undefined && config !== null && !isObject(config)) throw invalidType(`method.${type}`, "an object", config);
  if (config) onlyKeys(config, ["hyperparameters"], `method.${type}.`);
  const own = config?.hyperparameters;
  const hasOwn = own !== undefined && own !== null;
  const hasTopLevel = topLevel !== undefined && topLevel !== null;
  if (hasTopLevel && (type === "dpo" || hasOwn)) {
    throw new InvalidRequest(
      `The deprecated 'hyperparameters' cannot be combined with 'method.${type}'; send them under 'method.${type}.hyperparameters' only.`,
      "hyperparameters",
      "invalid_value",
    );
  }
  return {
    type,
    hyperparameters: hasTopLevel
      ? parseHyperparameters(topLevel, "hyperparameters", false)
      : parseHyperparameters(own, `method.${type}.hyperparameters`, type === "dpo"),
  };
}

export function parseJobRequest(body: unknown): JobRequest {
  if (!isObject(body)) throw invalidType("body", "an object", body);
  onlyKeys(body, KEYS);
  if (body.model === undefined || body.model === null) throw missing("model");
  const model = checkString("model", body.model, 1, 256);
  if (body.training_file === undefined || body.training_file === null) throw missing("training_file");
  const training_file = checkString("training_file", body.training_file, 1, 256);
  const validation_file =
    body.validation_file === undefined || body.validation_file === null ? null : checkString("validation_file", body.validation_file, 1, 256);
  const suffix = body.suffix === undefined || body.suffix === null ? null : checkString("suffix", body.suffix, 1, 64);
  const seed = body.seed === undefined || body.seed === null ? null : checkInteger("seed", body.seed, 0, 2_147_483_647);
  return {
    model,
    training_file,
    validation_file,
    suffix,
    seed,
    method: parseMethod(body.method, body.hyperparameters),
    metadata: parseMetadata(body.metadata),
    integrations: parseIntegrations(body.integrations),
  };
}
