import { FINE_TUNABLE_MODELS, resolveModel } from "@/lib/models/fine-tunable-models";
import { formatCount } from "@/components/ui/format";

// The target-model choices, computed on the server and handed to the form as plain
// options so the client bundle does not carry the model table.

export type ModelOption = { id: string; label: string; detail: string };

export function modelOptions(): ModelOption[] {
  return FINE_TUNABLE_MODELS.map((m) => ({
    id: m.id,
    label: `${m.family} (${m.released})`,
    detail: `${m.methods.includes("dpo") ? "SFT + DPO" : "SFT"} · ${formatCount(m.maxTokensPerExample)} tokens per example`,
  }));
}

/** "gpt-4o-mini (2024-07-18)" for a known id, the id itself otherwise. */
export function modelLabel(id: string): string {
  const m = resolveModel(id);
  return m ? `${m.family} (${m.released})` : id;
}
