"use client";

import Link from "next/link";
import type { EvalChoices, FineTunedModelChoice } from "@/lib/evals/eval-choices-view";
import type { EvalFormValues } from "@/lib/evals/eval-form";
import { EVAL_BOUNDS } from "@/lib/evals/eval-vocabulary";
import type { ProviderKind } from "@/lib/fine-tunes/fine-tune-vocabulary";
import { inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { controlProps, EvalField, type FieldErrors } from "./eval-field";

// The two models and how they are asked: the baseline (A) and the candidate (B, usually
// the fine-tune), the provider that answers for both, and the settings every call shares.

export const MODEL_SUGGESTIONS_ID = "eval-model-suggestions";

type Props = {
  values: EvalFormValues;
  set: (patch: Partial<EvalFormValues>) => void;
  choices: Pick<EvalChoices, "fineTuned" | "baseModels" | "providers">;
  errors?: FieldErrors;
};

const fineTuneLabel = (f: FineTunedModelChoice) => `fine-tune${f.suffix ? ` “${f.suffix}”` : ""} of ${f.baseModel} on ${f.dataset.name} #${f.snapshotNumber}`;

/** Suggestions for every model field: Tuneset's fine-tunes first, then the base models. */
export function ModelSuggestions({ choices }: { choices: Pick<EvalChoices, "fineTuned" | "baseModels"> }) {
  return (
    <datalist id={MODEL_SUGGESTIONS_ID}>
      {choices.fineTuned.map((f) => (
        <option key={f.jobId} value={f.fineTunedModel} label={fineTuneLabel(f)} />
      ))}
      {choices.baseModels.map((m) => (
        <option key={m} value={m} label="base model" />
      ))}
    </datalist>
  );
}

function modelHint(model: string, fineTuned: readonly FineTunedModelChoice[], fallback: string): string {
  const known = fineTuned.find((f) => f.fineTunedModel === model.trim());
  return known ? `The ${fineTuneLabel(known)}.` : fallback;
}

export function EvalModelFields({ values, set, choices, errors }: Props) {
  const provider = choices.providers.find((p) => p.kind === values.provider);
  const none = !choices.providers.some((p) => p.configured);
  const number = (name: "temperature" | "maxTokens" | "concurrency", label: string, step: number, hint: string) => (
    <EvalField id={`eval-${name}`} label={label} hint={hint} errors={errors?.[name]}>
      <input
        {...controlProps(`eval-${name}`, { hint: true, errors: errors?.[name] })}
        type="number"
        min={EVAL_BOUNDS[name].min}
        max={EVAL_BOUNDS[name].max}
        step={step}
        value={values[name]}
        onChange={(e) => set({ [name]: e.target.value })}
        className={inputClasses("w-full")}
      />
    </EvalField>
  );
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-zinc-800">Models</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {(
          [
            ["modelA", "Model A (baseline)", "What the candidate must beat: usually the base model it was fine-tuned from."],
            ["modelB", "Model B (candidate)", "Usually the fine-tuned model, ft:…"],
          ] as const
        ).map(([name, label, fallback]) => (
          <EvalField key={name} id={`eval-${name}`} label={label} hint={modelHint(values[name], choices.fineTuned, fallback)} errors={errors?.[name]}>
            <input
              {...controlProps(`eval-${name}`, { hint: true, errors: errors?.[name] })}
              list={MODEL_SUGGESTIONS_ID}
              value={values[name]}
              onChange={(e) => set({ [name]: e.target.value })}
              placeholder={name === "modelA" ? "gpt-4o-mini-2024-07-18" : "ft:gpt-4o-mini-2024-07-18:org:suffix:id"}
              autoComplete="off"
              spellCheck={false}
              className={inputClasses("w-full font-mono")}
            />
          </EvalField>
        ))}
      </div>
      {none ? (
        <Notice tone="warning" title="No provider is set up to answer">
          Both models are asked through a provider&apos;s API. An admin sets one up on the{" "}
          <Link href="/admin/settings" className="underline">
            Settings
          </Link>{" "}
          page, or sets OPENAI_API_KEY on the server and restarts Tuneset.
        </Notice>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-4">
        <EvalField
          id="eval-provider"
          label="Provider"
          hint={
            provider && !provider.configured
              ? (provider.problem ?? `${provider.name} is not set up: choose another, or ask an admin to set it up under Settings.`)
              : "Answers for both models, and the judge."
          }
          errors={errors?.provider}
        >
          <select
            {...controlProps("eval-provider", { hint: true, errors: errors?.provider })}
            value={values.provider}
            onChange={(e) => set({ provider: e.target.value as ProviderKind })}
            className={inputClasses("w-full")}
          >
            {choices.providers.map((p) => (
              <option key={p.kind} value={p.kind} disabled={!p.configured}>
                {p.name}
                {p.configured ? ` (${p.host})` : " (not configured)"}
              </option>
            ))}
          </select>
        </EvalField>
        {number("temperature", "Temperature", 0.1, "0 answers most repeatably.")}
        {number("maxTokens", "Max tokens", 1, "Longest answer per call.")}
        {number("concurrency", "Concurrency", 1, "Calls at once; lower it if the provider answers 429.")}
      </div>
    </fieldset>
  );
}
