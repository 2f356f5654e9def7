import { AppError } from "../errors";

// Two requests that write the same unique value at once (two datasets with one name,
// say) pass every check made beforehand, and the database refuses the second with
// Prisma's P2002. Both entry wrappers (apiRoute and serverAction) turn that refusal into
// a 409 with a plain sentence here, so a race never reaches a user as a 500.

type Meta = { modelName?: string; target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } };

/** Sentences for the unique values users choose themselves; `value` is what they typed, when known. */
const WORDING: Record<string, (value?: string) => string> = {
  "Dataset.name": (v) => (v ? `A dataset named “${v}” already exists; pick another name` : "A dataset with this name already exists; pick another name"),
  "User.email": (v) =>
    v ? `An account with the e-mail “${v}” already exists; use another address` : "An account with this e-mail already exists; use another address",
  "Label.name": (v) =>
    v ? `A label named “${v}” already exists in this dataset; pick another name` : "A label with this name already exists in this dataset; pick another name",
};

/** The model and fields of a unique-constraint refusal, or null for any other error. */
export function uniqueViolation(e: unknown): { model: string; fields: string[] } | null {
  if (!(e instanceof Error) || (e as { code?: unknown }).code !== "P2002") return null;
  const meta = ((e as { meta?: Meta }).meta ?? {}) as Meta;
  const raw = meta.driverAdapterError?.cause?.constraint?.fields ?? meta.target;
  const fields = (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : []).map((f) => String(f).replace(/^.*\./, "").replace(/["`]/g, ""));
  return { model: meta.modelName ?? "record", fields };
}

/**
 * A conflict AppError for a P2002 (null for anything else). `values` are the input the
 * write was given, so the sentence can name what the user typed.
 */
export function uniqueConflict(e: unknown, values?: Record<string, unknown>): AppError | null {
  const hit = uniqueViolation(e);
  if (!hit) return null;
  const field = hit.fields.find((f) => f !== "datasetId") ?? hit.fields[0];
  const value = field && typeof values?.[field] === "string" ? (values[field] as string) : undefined;
  const words = field ? WORDING[`${hit.model}.${field}`] : undefined;
  const message = words
    ? words(value)
    : `This ${hit.model.toLowerCase()} already exists${field ? ` (the same ${field} is taken)` : ""}; someone may have just created it. Reload and try again.`;
  return new AppError("conflict", message, field ? { field } : undefined);
}
