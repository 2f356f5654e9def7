import { isObject } from "./param-checks";

// A value that fits a JSON schema, filled from a message: what the stand-in's models put
// in a tool call's arguments or a json_schema answer. Objects get their required
// properties only; an enum its first value; numbers the first number in the message
// (0 without one); booleans false; arrays their minimum length of items (none by
// default); strings the message's words, one each in order, the last string taking all
// the words left (so a single `query` gets the whole request, and `city` + `date` get a
// word each). A schema's own `const` or `default` wins.

type Schema = Record<string, unknown>;

export type Fill = { words: string[]; number: number | null };

/** The schema a value follows: the first branch of anyOf/oneOf that is not null. */
function branch(schema: Schema): Schema {
  for (const key of ["anyOf", "oneOf"]) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const chosen = options.find((o) => isObject(o) && o.type !== "null") ?? options[0];
      if (isObject(chosen)) return branch(chosen);
    }
  }
  return schema;
}

function typeOf(schema: Schema): string {
  const t = schema.type;
  if (typeof t === "string") return t;
  if (Array.isArray(t)) return (t.find((x) => x !== "null") as string | undefined) ?? "null";
  if (isObject(schema.properties)) return "object";
  if (schema.items !== undefined) return "array";
  return "string";
}

/** Walks the schema, asking `text` for each string it needs. */
function build(raw: unknown, text: () => string, n: number): unknown {
  const schema = isObject(raw) ? branch(raw) : {};
  if ("const" in schema) return schema.const;
  if ("default" in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  switch (typeOf(schema)) {
    case "object": {
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required.filter((k): k is string => typeof k === "string" && k in properties) : [];
      return Object.fromEntries(required.map((k) => [k, build(properties[k], text, n)]));
    }
    case "array": {
      const min = typeof schema.minItems === "number" ? schema.minItems : 0;
      return Array.from({ length: min }, () => build(schema.items, text, n));
    }
    case "integer":
      return Math.trunc(n);
    case "number":
      return n;
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return text();
  }
}

/** A value for `schema` filled from `fill`. */
export function valueFor(schema: unknown, fill: Fill): unknown {
  const n = fill.number ?? 0;
  // A first walk counts the strings, so the last one can take the words left over.
  let slots = 0;
  build(schema, () => (slots++, ""), n);
  let next = 0;
  const text = () => {
    const i = next++;
    const { words } = fill;
    if (words.length === 0) return "";
    if (i === slots - 1 && i < words.length) return words.slice(i).join(" ");
    return words[i % words.length];
  };
  return build(schema, text, n);
}

/** The first number written in `text` (such as 3, -2.5 or 1,200), or null. */
export function firstNumber(text: string): number | null {
  const match = /-?\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!match) return null;
  const n = Number(match[0].replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}
