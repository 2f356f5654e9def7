import { InvalidRequest } from "./openai-errors";

// The provider's wording for a parameter that breaks the spec's schema, shared by the
// files and fine-tuning endpoints: each error names the parameter (`param`) and says
// what was expected, with the provider's codes (invalid_type, integer_above_max_value, …).

export const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function invalidType(param: string, expected: string, got: unknown): InvalidRequest {
  return new InvalidRequest(`Invalid type for '${param}': expected ${expected}, but got ${typeName(got)} instead.`, param, "invalid_type");
}

export const missing = (param: string) => new InvalidRequest(`Missing required parameter: '${param}'.`, param, "missing_required_parameter");

/**
 * A number past one of its bounds, in the provider's words: `integer below minimum value`
 * with the code integer_below_min_value for `>=` and `>`, `… above maximum value` for `<=`.
 */
export function outOfBounds(param: string, kind: "integer" | "decimal", v: number, expected: ">=" | ">" | "<=", bound: number): InvalidRequest {
  const [side, limit, limitWord] = expected === "<=" ? ["above", "max", "maximum"] : ["below", "min", "minimum"];
  return new InvalidRequest(
    `Invalid '${param}': ${kind} ${side} ${limitWord} value. Expected a value ${expected} ${bound}, but got ${v} instead.`,
    param,
    `${kind}_${side}_${limit}_value`,
  );
}

export const emptyArray = (param: string) =>
  new InvalidRequest(`Invalid '${param}': empty array. Expected an array with minimum length 1, but got an empty array instead.`, param, "empty_array");

export const arrayTooLong = (param: string, max: number, length: number) =>
  new InvalidRequest(
    `Invalid '${param}': array too long. Expected an array with maximum length ${max}, but got an array with length ${length} instead.`,
    param,
    "array_above_max_length",
  );

export const unrecognized = (param: string) => new InvalidRequest(`Unrecognized request argument supplied: ${param}`, null, null);

/** Refuses keys of `body` that are not in `allowed`, naming them with their place (`method.supervised.foo`). */
export function onlyKeys(body: Record<string, unknown>, allowed: readonly string[], at = "") {
  const extra = Object.keys(body).find((k) => !allowed.includes(k));
  if (extra !== undefined) throw unrecognized(at + extra);
}

export function checkInteger(param: string, v: unknown, min: number, max: number): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw invalidType(param, "an integer", v);
  if (v < min) throw outOfBounds(param, "integer", v, ">=", min);
  if (v > max) throw outOfBounds(param, "integer", v, "<=", max);
  return v;
}

/** A number above `above` (exclusive) and at most `max`. */
export function checkDecimal(param: string, v: unknown, above: number, max = Infinity): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidType(param, "a number", v);
  if (v <= above) throw outOfBounds(param, "decimal", v, ">", above);
  if (v > max) throw outOfBounds(param, "decimal", v, "<=", max);
  return v;
}

export function checkString(param: string, v: unknown, min: number, max: number): string {
  if (typeof v !== "string") throw invalidType(param, "a string", v);
  if (v.length < min) {
    throw new InvalidRequest(
      `Invalid '${param}': string too short. Expected a string with minimum length ${min}, but got a string with length ${v.length} instead.`,
      param,
      "string_below_min_length",
    );
  }
  if (v.length > max) {
    throw new InvalidRequest(
      `Invalid '${param}': string too long. Expected a string with maximum length ${max}, but got a string with length ${v.length} instead.`,
      param,
      "string_above_max_length",
    );
  }
  return v;
}

export function checkOneOf<T extends string>(param: string, v: unknown, values: readonly T[]): T {
  if (typeof v !== "string") throw invalidType(param, "a string", v);
  if (!values.includes(v as T)) {
    throw new InvalidRequest(`Invalid value: '${v}'. Supported values are: ${values.map((x) => `'${x}'`).join(", ")}.`, param, "invalid_value");
  }
  return v as T;
}
