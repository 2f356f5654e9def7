import { inputClasses } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";

// A dataset's name and description, as the new-dataset form and the settings page's
// rename form both ask for them, with the shared schema's limits and errors.

type Props = {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  values: { name?: string; description?: string } | undefined;
  errors: { name?: string[]; description?: string[] };
  /** Remount the fields when the stored values change (after a save), so they show them. */
  keyed?: boolean;
  hint?: string;
  rows?: number;
  namePlaceholder?: string;
};

export function DatasetNameFields({ idPrefix, values, errors, keyed = false, hint, rows = 2, namePlaceholder }: Props) {
  return (
    <>
      <FormField id={`${idPrefix}-name`} name="name" label="Name" errors={errors.name}>
        {(attrs) => (
          <input
            {...attrs}
            key={keyed ? `n-${values?.name}` : undefined}
            required
            maxLength={100}
            defaultValue={values?.name}
            placeholder={namePlaceholder}
            className={inputClasses("mt-1 w-full")}
          />
        )}
      </FormField>
      <FormField
        id={`${idPrefix}-description`}
        name="description"
        label={
          <>
            Description <span className="font-normal text-zinc-500">(optional)</span>
          </>
        }
        hint={hint}
        errors={errors.description}
      >
        {(attrs) => (
          <textarea
            {...attrs}
            key={keyed ? `d-${values?.description}` : undefined}
            rows={rows}
            maxLength={2000}
            defaultValue={values?.description}
            placeholder="What the model should learn from these conversations"
            className={inputClasses("mt-1 w-full", "multiline")}
          />
        )}
      </FormField>
    </>
  );
}
