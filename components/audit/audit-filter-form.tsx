import Form from "next/form";
import Link from "next/link";
import { AUDIT_ACTIONS, AUDIT_ACTION_CODES } from "@/lib/audit/audit-actions";
import type { AuditFilterOptions } from "@/lib/audit/audit-event";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";

// The audit log's filter. It submits by GET, so a filtered view is a link to share,
// and it works before any script has loaded. Values are the URL's as typed, so a value
// the filter could not read is shown with its error rather than silently dropped.

export type AuditFilterValues = Partial<Record<"actor" | "action" | "dataset" | "from" | "to", string>>;

type Props = { values: AuditFilterValues; options: AuditFilterOptions; errors?: Partial<Record<keyof AuditFilterValues, string[]>> };

export function AuditFilterForm({ values, options, errors = {} }: Props) {
  const filtered = Object.values(values).some(Boolean);
  // A changed filter remounts the form, so fields never keep the values of the page before.
  const key = JSON.stringify(values);
  const unknownUser = values.actor && !options.users.some((u) => u.id === values.actor);
  const unknownDataset = values.dataset && !options.datasets.some((d) => d.id === values.dataset);
  return (
    <Form
      key={key}
      action="/audit"
      aria-label="Filter the audit log"
      className="flex flex-wrap items-start gap-3 rounded-lg border border-zinc-200 bg-white p-3 shadow-sm"
    >
      <FilterSelect id="audit-actor" name="actor" label="User" all="Everyone" width="w-56" value={values.actor} unknown={unknownUser} errors={errors.actor}>
        {options.users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.email})
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="audit-action" name="action" label="Action" all="All actions" width="w-52" value={values.action} errors={errors.action}>
        {AUDIT_ACTION_CODES.map((code) => (
          <option key={code} value={code}>
            {AUDIT_ACTIONS[code]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="audit-dataset"
        name="dataset"
        label="Dataset"
        all="All datasets"
        width="w-52"
        value={values.dataset}
        unknown={unknownDataset}
        errors={errors.dataset}
      >
        {options.datasets.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </FilterSelect>
      <FormField id="audit-from" name="from" label="From" errors={errors.from}>
        {(attrs) => <input {...attrs} type="date" defaultValue={values.from} className={inputClasses("mt-1 w-40")} />}
      </FormField>
      <FormField id="audit-to" name="to" label="To" errors={errors.to}>
        {(attrs) => <input {...attrs} type="date" defaultValue={values.to} className={inputClasses("mt-1 w-40")} />}
      </FormField>
      {/* Level with the controls, below their labels, whether or not a field shows an error. */}
      <div className="flex gap-2 pt-5">
        <button type="submit" className={buttonClasses("primary")}>
          Filter
        </button>
        {filtered ? (
          <Link href="/audit" className={buttonClasses("ghost")}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

type SelectProps = {
  id: string;
  name: string;
  label: string;
  /** The first option's text: the choice that filters nothing. */
  all: string;
  width: string;
  value?: string;
  /** A value from the URL that matches no option is kept as an option of its own, so it shows. */
  unknown?: unknown;
  errors?: string[];
  children: React.ReactNode;
};

function FilterSelect({ id, name, label, all, width, value, unknown, errors, children }: SelectProps) {
  return (
    <FormField id={id} name={name} label={label} errors={errors}>
      {(attrs) => (
        <select {...attrs} defaultValue={value ?? ""} className={inputClasses(`mt-1 ${width}`)}>
          <option value="">{all}</option>
          {unknown ? <option value={value}>{value}</option> : null}
          {children}
        </select>
      )}
    </FormField>
  );
}
