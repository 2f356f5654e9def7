import type { DataFormat } from "./training-data";

// The base models the stand-in fine-tunes, by the snapshot names the provider reports
// in a job's `model`, with the short names it also accepts (the spec's own examples
// send "gpt-4o-mini" and get back "gpt-4o-mini-2024-07-18").

export const BASE_MODELS = [
  "gpt-4o-mini-2024-07-18",
  "gpt-4o-2024-08-06",
  "gpt-4.1-2025-04-14",
  "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano-2025-04-14",
  "gpt-3.5-turbo-0125",
  "babbage-002",
  "davinci-002",
] as const;

const ALIASES: Record<string, string> = {
  "gpt-4o-mini": "gpt-4o-mini-2024-07-18",
  "gpt-4o": "gpt-4o-2024-08-06",
  "gpt-4.1": "gpt-4.1-2025-04-14",
  "gpt-4.1-mini": "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano": "gpt-4.1-nano-2025-04-14",
  "gpt-3.5-turbo": "gpt-3.5-turbo-0125",
};

/** Completion models learn from prompt/completion pairs and know no chat or DPO. */
const COMPLETION_MODELS = ["babbage-002", "davinci-002"];

/** DPO is offered on the gpt-4o and gpt-4.1 families only. */
const DPO_FAMILIES = ["gpt-4o-", "gpt-4.1-"];

/** The snapshot a requested base model name stands for, or null when it is not fine-tunable. */
export const baseModel = (name: string): string | null => ((BASE_MODELS as readonly string[]).includes(name) ? name : (ALIASES[name] ?? null));

export const supportsDpo = (base: string) => DPO_FAMILIES.some((f) => base.startsWith(f));

export const dataFormat = (base: string, method: "supervised" | "dpo"): DataFormat =>
  method === "dpo" ? "preference" : COMPLETION_MODELS.includes(base) ? "completion" : "chat";
