import { HYPERPARAMETER_BOUNDS } from "@/lib/fine-tunes/fine-tune-vocabulary";
import { FieldError, inputClasses } from "@/components/ui/field";

// The hyperparameters as the API takes them: each empty for "auto" (the provider picks
// from the data) or a number within the API's bounds, checked again on the server.

type Name = keyof typeof HYPERPARAMETER_BOUNDS;

const FIELDS: { name: Name; label: string; hint: string }[] = [
  { name: "n_epochs", label: "Epochs", hint: "1–50" },
  { name: "batch_size", label: "Batch size", hint: "1–256" },
  { name: "learning_rate_multiplier", label: "Learning rate multiplier", hint: "> 0" },
  { name: "beta", label: "Beta (DPO)", hint: "0–2" },
];

type Props = {
  method: "supervised" | "dpo";
  values: Partial<Record<Name, string>>;
  onChange: (name: Name, value: string) => void;
  errors?: Partial<Record<string, string[]>>;
  /** In a sweep these axes take lists instead ("2,3,4"). */
  swept?: readonly Name[];
};

export function HyperparameterFields({ method, values, onChange, errors, swept = [] }: Props) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {FIELDS.filter((f) => f.name !== "beta" || method === "dpo").map((f) => {
        const name = swept.includes(f.name) ? `${f.name}_values` : f.name;
        const id = `launch-${name}`;
        const messages = errors?.[name];
        return (
          <label key={f.name} htmlFor={id} className="text-xs font-medium text-zinc-700">
            {f.label}
            {swept.includes(f.name) ? " (values)" : ""}
            <input
              id={id}
              name={name}
              value={values[f.name] ?? ""}
              onChange={(e) => onChange(f.name, e.target.value)}
              placeholder={swept.includes(f.name) ? "e.g. 2,3" : "auto"}
              inputMode="decimal"
              autoComplete="off"
              aria-invalid={messages?.length ? true : undefined}
              aria-describedby={messages?.length ? `${id}-error` : `${id}-hint`}
              className={inputClasses("mt-1 w-full font-normal")}
            />
            <span id={`${id}-hint`} className="mt-0.5 block font-normal text-zinc-500">
              {swept.includes(f.name) ? "comma-separated" : `auto or ${f.hint}`}
            </span>
            <FieldError id={`${id}-error`} messages={messages} />
          </label>
        );
      })}
    </div>
  );
}
