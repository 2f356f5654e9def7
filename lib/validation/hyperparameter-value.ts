import { z } from "zod";
import { HYPERPARAMETER_BOUNDS } from "../fine-tunes/fine-tune-vocabulary";

// A hyperparameter as people and programs write it: "auto", a number, or a number in
// a string ("3" from a form or a flag). Blank means auto, the provider's own choice.
// The bounds come from the vocabulary (the API's published limits), so the messages
// and the checks cannot drift apart.

export type HyperparameterName = keyof typeof HYPERPARAMETER_BOUNDS;
export type AutoOrNumber = "auto" | number;

type Bounds = { min?: number; max?: number; exclusiveMin?: number; integer?: boolean };

function describe(name: HyperparameterName): string {
  const b: Bounds = HYPERPARAMETER_BOUNDS[name];
  if (b.integer) return `${name} must be auto or a whole number from ${b.min} to ${b.max}`;
  const above = `greater than ${b.exclusiveMin ?? b.min}`;
  return b.max === undefined ? `${name} must be auto or a number ${above}` : `${name} must be auto or a number ${above} and at most ${b.max}`;
}

function within(name: HyperparameterName, n: number): boolean {
  const b: Bounds = HYPERPARAMETER_BOUNDS[name];
  if (!Number.isFinite(n)) return false;
  if (b.integer && !Number.isInteger(n)) return false;
  if (b.min !== undefined && n < b.min) return false;
  if (b.exclusiveMin !== undefined && n <= b.exclusiveMin) return false;
  return b.max === undefined || n <= b.max;
}

// Plain decimal or exponent notation only: Number() would also take "0x10", " ", "Infinity".
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export type ParsedValue = { ok: true; value: AutoOrNumber } | { ok: false; message: string };

export function parseHyperparameter(name: HyperparameterName, raw: unknown): ParsedValue {
  if (raw === undefined || raw === null) return { ok: true, value: "auto" };
  let n: number;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string") {
    const text = raw.trim();
    if (text === "" || text.toLowerCase() === "auto") return { ok: true, value: "auto" };
    if (!NUMERIC.test(text)) return { ok: false, message: describe(name) };
    n = Number(text);
  } else return { ok: false, message: describe(name) };
  return within(name, n) ? { ok: true, value: n } : { ok: false, message: describe(name) };
}

/** One hyperparameter field: "auto" (the default) or a number within the API's bounds. */
export function autoOrNumber(name: HyperparameterName) {
  return z
    .union([z.number(), z.string(), z.null()], { error: describe(name) })
    .optional()
    .transform((raw, ctx): AutoOrNumber => {
      const parsed = parseHyperparameter(name, raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    });
}

/**
 * A sweep axis: "2,3,5" or [2, 3, 5] ("auto" allowed as one of the values). Blank
 * means the axis is not swept. Repeats are dropped, first occurrence kept, so the
 * grid's order is the order the values were written in.
 */
export function axisValues(name: HyperparameterName) {
  const field = `${name}_values`;
  return z
    .union([z.string(), z.array(z.union([z.number(), z.string()]))], { error: `${field} must be a comma-separated list such as 1,2,3` })
    .nullish()
    .transform((raw, ctx): AutoOrNumber[] | undefined => {
      if (raw == null) return undefined;
      const items = (typeof raw === "string" ? raw.split(",") : raw).filter((v) => !(typeof v === "string" && v.trim() === ""));
      if (items.length === 0) return undefined;
      const values: AutoOrNumber[] = [];
      for (const item of items) {
        const parsed = parseHyperparameter(name, item);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: `${field}: “${String(item).trim()}” is not allowed: ${parsed.message}` });
          return z.NEVER;
        }
        if (!values.includes(parsed.value)) values.push(parsed.value);
      }
      return values;
    });
}
