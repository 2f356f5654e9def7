"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { FINE_TUNABLE_MODELS } from "@/lib/models/fine-tunable-models";
import type { LaunchView } from "@/lib/fine-tunes/launch-view";
import { FieldError, inputClasses, SelectOptions } from "@/components/ui/field";

// Provider, base model and method: each choice changes what the pre-flight check and the
// estimate are about, so it goes to the address and the server checks again.

type Choice = "provider" | "model" | "method";

export function ChoiceFields({ view, errors }: { view: LaunchView; errors?: Partial<Record<string, string[]>> }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const choose = (name: Choice, value: string) => {
    const next = new URLSearchParams(params);
    next.set("launch", "1");
    next.set(name, value);
    router.replace(`${pathname}?${next}`, { scroll: false });
  };
  const compatible = view.provider === "compatible";
  const models = FINE_TUNABLE_MODELS.filter((m) => m.methods.includes(view.method) || m.id === view.model);
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <label htmlFor="launch-provider" className="text-xs font-medium text-zinc-700">
        Provider
        <ChoiceSelect
          name="provider"
          value={view.provider}
          options={view.providers.map((p) => ({ value: p.kind, label: `${p.name}${p.configured ? ` (${p.host})` : " (not configured)"}` }))}
          onChoose={choose}
        />
        <FieldError id="launch-provider-error" messages={errors?.provider} />
      </label>
      <label htmlFor="launch-model" className="text-xs font-medium text-zinc-700">
        Base model
        {compatible ? (
          <input
            id="launch-model"
            name="model"
            defaultValue={view.model}
            list="launch-models"
            onBlur={(e) => e.target.value !== view.model && choose("model", e.target.value)}
            className={inputClasses("mt-1 w-full font-normal")}
          />
        ) : (
          <ChoiceSelect name="model" value={view.model} options={models.map((m) => ({ value: m.id, label: m.id }))} onChoose={choose} />
        )}
        <datalist id="launch-models">
          {models.map((m) => (
            <option key={m.id} value={m.id} />
          ))}
        </datalist>
        <FieldError id="launch-model-error" messages={errors?.model} />
      </label>
      <fieldset className="text-xs font-medium text-zinc-700">
        <legend>Method</legend>
        <div className="mt-1 flex gap-3 font-normal">
          {(["supervised", "dpo"] as const).map((m) => {
            const fits = m === "dpo" ? view.snapshot.kind === "preference" : view.snapshot.kind === "chat";
            return (
              <label
                key={m}
                className={`inline-flex items-center gap-1 ${fits ? "" : "text-zinc-500"}`}
                title={
                  fits
                    ? undefined
                    : m === "dpo"
                      ? "DPO trains on preference pairs; this snapshot holds chat conversations"
                      : "This snapshot holds preference pairs, which train with DPO"
                }
              >
                <input type="radio" name="method" value={m} checked={view.method === m} disabled={!fits} onChange={() => choose("method", m)} />
                {m === "dpo" ? "DPO" : "Supervised"}
              </label>
            );
          })}
        </div>
        <FieldError id="launch-method-error" messages={errors?.method} />
      </fieldset>
    </div>
  );
}

/** A choice picked from a list; the pick goes straight to the address. */
function ChoiceSelect({
  name,
  value,
  options,
  onChoose,
}: {
  name: Choice;
  value: string;
  options: { value: string; label: string }[];
  onChoose: (name: Choice, value: string) => void;
}) {
  return (
    <select
      id={`launch-${name}`}
      name={name}
      value={value}
      onChange={(e) => onChoose(name, e.target.value)}
      className={inputClasses("mt-1 w-full font-normal")}
    >
      <SelectOptions options={options} />
    </select>
  );
}
