// A form's FormData as the plain object its zod schema reads: each field once (its
// first value, as FormData.get gives it), so a form and a script calling the action
// with an object are parsed by the same schema. Next's own hidden fields are left out.
export function formValues(form: FormData): Record<string, FormDataEntryValue> {
  const out: Record<string, FormDataEntryValue> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    out[key] = form.get(key)!;
  }
  return out;
}
