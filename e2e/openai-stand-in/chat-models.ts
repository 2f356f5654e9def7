import { FINE_TUNABLE_MODELS } from "../../lib/models/fine-tunable-models";
import { BASE_MODELS } from "./fine-tunable-models";
import type { Job, JobStore } from "./fine-tuning-jobs";

// The models /chat/completions answers for: the base chat models fine-tuning accepts
// (here and in Tuneset's own list), the common chat models beside them, and every
// fine-tuned model and checkpoint this stand-in's jobs produced. Limits are the
// provider's published context windows and output caps per family.

const COMMON_CHAT_MODELS = [
  "gpt-4o",
  "gpt-4o-2024-05-13",
  "gpt-4o-2024-08-06",
  "gpt-4o-2024-11-20",
  "gpt-4o-mini",
  "gpt-4o-mini-2024-07-18",
  "gpt-4.1",
  "gpt-4.1-2025-04-14",
  "gpt-4.1-mini",
  "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano",
  "gpt-4.1-nano-2025-04-14",
  "gpt-4-turbo",
  "gpt-4-turbo-2024-04-09",
  "gpt-3.5-turbo",
  "gpt-3.5-turbo-0125",
  "gpt-3.5-turbo-1106",
];

/** Fine-tunable, but completion models: the provider sends them to /v1/completions. */
const COMPLETION_MODELS = ["babbage-002", "davinci-002"];

export const BASE_CHAT_MODELS: ReadonlySet<string> = new Set([
  ...COMMON_CHAT_MODELS,
  ...BASE_MODELS.filter((m) => !COMPLETION_MODELS.includes(m)),
  ...FINE_TUNABLE_MODELS.flatMap((m) => [m.id, m.family]),
]);

// Longest first, so "gpt-3.5-turbo-0613" is found before "gpt-3.5-turbo".
const LIMITS: { prefix: string; context: number; maxOutput: number }[] = [
  { prefix: "gpt-3.5-turbo-0613", context: 4_096, maxOutput: 4_096 },
  { prefix: "gpt-3.5-turbo", context: 16_385, maxOutput: 4_096 },
  { prefix: "gpt-4-turbo", context: 128_000, maxOutput: 4_096 },
  { prefix: "gpt-4.1", context: 1_047_576, maxOutput: 32_768 },
  { prefix: "gpt-4o", context: 128_000, maxOutput: 16_384 },
];

export type ChatModel = {
  /** As asked (an alias, a snapshot, an ft: name or an Azure deployment). */
  name: string;
  /** The base model it runs on: fixes its limits, encoding and wording. */
  base: string;
  context: number;
  maxOutput: number;
  /** What a fine-tuned model learned from: its job first, then the jobs it continued. Empty for a base model. */
  lineage: Job[];
};

export type ModelLookup = { found: ChatModel } | { notChat: true } | { unknown: true };

const limitsOf = (base: string) => LIMITS.find((l) => base.startsWith(l.prefix)) ?? { context: 128_000, maxOutput: 16_384 };

/** The job whose fine-tuned model (or one of whose checkpoints) is `name`, once the provider would serve it. */
function producingJob(name: string, jobs: JobStore): Job | undefined {
  return jobs.all().find((job) => {
    if (job.plan.outcome.kind !== "train") return false;
    const state = jobs.state(job);
    if (job.plan.outcome.training.fineTunedModel === name) return state.status === "succeeded";
    return state.checkpoints.some((c) => c.model === name);
  });
}

export function findChatModel(name: string, jobs: JobStore): ModelLookup {
  if (COMPLETION_MODELS.includes(name)) return { notChat: true };
  if (BASE_CHAT_MODELS.has(name)) return { found: { name, base: name, ...limitsOf(name), lineage: [] } };
  if (!name.startsWith("ft:")) return { unknown: true };
  const job = producingJob(name, jobs);
  if (!job) return { unknown: true };
  const base = name.split(":")[1];
  if (COMPLETION_MODELS.includes(base)) return { notChat: true };
  const lineage = [job];
  // A job that continued a fine-tuned model keeps what that model had learned.
  for (let parent = producingJob(job.model, jobs); parent && !lineage.includes(parent); parent = producingJob(parent.model, jobs)) lineage.push(parent);
  return { found: { name, base, ...limitsOf(base), lineage } };
}
