import { InvalidRequest } from "./openai-errors";
import { checkOneOf, checkString, invalidType, isObject, missing } from "./param-checks";

// `response_format` (text, json_object, json_schema) and the Structured Outputs rules
// the provider enforces on a strict schema, with its words: every object closes with
// `additionalProperties: false` and lists every property in `required`. Strict function
// tools are held to the same rules.

export type ResponseFormat =
  { type: "text" } | { type: "json_object" } | { type: "json_schema"; name: string; schema: Record<string, unknown>; strict: boolean };

const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

/** A tool or schema name: 1-64 letters, digits, underscores and dashes. */
export function checkName(param: string, v: unknown): string {
  const name = checkString(param, v, 1, 64);
  if (!NAME_PATTERN.test(name)) {
    throw new InvalidRequest(
      `Invalid '${param}': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`,
      param,
      "invalid_value",
    );
  }
  return name;
}

const context = (path: string[]) => `In context=(${path.map((p) => `'${p}'`).join(", ")}${path.length === 1 ? "," : ""})`;

const isObjectSchema = (s: Record<string, unknown>) => s.type === "object" || (Array.isArray(s.type) && s.type.includes("object")) || isObject(s.properties);

/** What a strict schema breaks, in the provider's words, or null when it is fine. */
export function strictSchemaProblem(schema: unknown, path: string[] = []): string | null {
  if (!isObject(schema)) return null;
  if (isObjectSchema(schema)) {
    if (schema.additionalProperties !== false) return `${context(path)}, 'additionalProperties' is required to be supplied and to be false.`;
    const keys = Object.keys(isObject(schema.properties) ? schema.properties : {});
    const required = Array.isArray(schema.required) ? schema.required : [];
    const absent = keys.find((k) => !required.includes(k));
    if (absent !== undefined) {
      return `${context(path)}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${absent}'.`;
    }
  }
  const nested: [string[], unknown][] = [];
  for (const group of ["properties", "$defs", "definitions"]) {
    const members = schema[group];
    if (isObject(members)) for (const [k, v] of Object.entries(members)) nested.push([[...path, group, k], v]);
  }
  if (schema.items !== undefined) nested.push([[...path, "items"], schema.items]);
  for (const group of ["anyOf", "oneOf", "allOf"]) {
    const members = schema[group];
    if (Array.isArray(members)) members.forEach((v, i) => nested.push([[...path, group, String(i)], v]));
  }
  for (const [at, s] of nested) {
    const problem = strictSchemaProblem(s, at);
    if (problem) return problem;
  }
  return null;
}

function checkBooleanOrNull(param: string, v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw invalidType(param, "a boolean", v);
  return v;
}

export function checkResponseFormat(v: unknown): ResponseFormat {
  if (v === undefined || v === null) return { type: "text" };
  if (!isObject(v)) throw invalidType("response_format", "an object", v);
  if (v.type === undefined) throw missing("response_format.type");
  const type = checkOneOf("response_format.type", v.type, ["json_object", "json_schema", "text"]);
  if (type !== "json_schema") return { type };
  const spec = v.json_schema;
  if (spec === undefined) throw missing("response_format.json_schema");
  if (!isObject(spec)) throw invalidType("response_format.json_schema", "an object", spec);
  if (spec.name === undefined) throw missing("response_format.json_schema.name");
  const name = checkName("response_format.json_schema.name", spec.name);
  if (spec.schema !== undefined && !isObject(spec.schema)) throw invalidType("response_format.json_schema.schema", "an object", spec.schema);
  const schema = (spec.schema as Record<string, unknown> | undefined) ?? {};
  const strict = checkBooleanOrNull("response_format.json_schema.strict", spec.strict);
  const problem = strict ? strictSchemaProblem(schema) : null;
  if (problem) throw new InvalidRequest(`Invalid schema for response_format '${name}': ${problem}`, "response_format", null);
  return { type, name, schema, strict };
}
