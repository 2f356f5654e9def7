import Form from "next/form";
import Link from "next/link";
import { AUDIT_ACTIONS, AUDIT_ACTION_CODES } from "@/lib/audit/audit-actions";
import type { AuditFilterOptions } from "@/lib/audit/audit-event";
import { buttonClasses } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";

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
      <Field id="audit-actor" label="User" errors={errors.actor}>
        <select id="audit-actor" name="actor" {...invalid("audit-actor", errors.actor)} defaultValue={values.actor ?? ""} className={inputClasses("mt-1 w-56")}>
          <option value="">Everyone</option>
          {unknownUser ? <option value={values.actor}>{values.actor}</option> : null}
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-action" label="Action" errors={errors.action}>
        <select
          id="audit-action"
          name="action"
          {...invalid("audit-action", errors.action)}
          defaultValue={values.action ?? ""}
          className={inputClasses("mt-1 w-52")}
        >
          <option value="">All actions</option>
          {AUDIT_ACTION_CODES.map((code) => (
            <option key={code} value={code}>
              {AUDIT_ACTIONS[code]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-dataset" label="Dataset" errors={errors.dataset}>
        <select
          id="audit-dataset"
          name="dataset"
          {...invalid("audit-dataset", errors.dataset)}
          defaultValue={values.dataset ?? ""}
          className={inputClasses("mt-1 w-52")}
        >
          <option value="">All datasets</option>
          {unknownDataset ? <option value={values.dataset}>{values.dataset}</option> : null}
          {options.datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-from" label="From" errors={errors.from}>
        <input
          id="audit-from"
          name="from"
          {...invalid("audit-from", errors.from)}
          type="date"
          defaultValue={values.from}
          className={inputClasses("mt-1 w-40")}
        />
      </Field>
      <Field id="audit-to" label="To" errors={errors.to}>
        <input id="audit-to" name="to" {...invalid("audit-to", errors.to)} type="date" defaultValue={values.to} className={inputClasses("mt-1 w-40")} />
      </Field>
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

/** Ties a control to its error message, so screen readers read them together. */
const invalid = (id: string, messages?: string[]) => (messages?.length ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {});

function Field({ id, label, errors, children }: { id: string; label: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-zinc-700">
        {label}
      </label>
      {children}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
