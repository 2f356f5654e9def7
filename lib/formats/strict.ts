import type * as z from "zod";
import { appendSegment, formatPath } from "./paths";
import { chatLineSchema, preferenceLineSchema, type LineKind, type LineRecord } from "./schemas";

// Which keys a line may carry is read from the zod schemas themselves, so adding a
// field in schemas.ts is enough for it to stop being "unknown" and survive export.
// The walk assumes the value already passed the schema: it only chooses where to
// descend, it does not validate.

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & {
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: readonly Schema[];
  discriminator?: string;
  values?: readonly unknown[];
};

const defOf = (schema: Schema) => schema._zod.def as Def;

function unwrap(schema: Schema): Schema {
  let def = defOf(schema);
  while ((def.type === "optional" || def.type === "nullable") && def.innerType) {
    schema = def.innerType;
    def = defOf(schema);
  }
  return schema;
}

const discriminatorMaps = new WeakMap<Schema, Map<unknown, Schema>>();

function discriminated(union: Schema, discriminator: string, value: object): Schema | undefined {
  let map = discriminatorMaps.get(union);
  if (!map) {
    map = new Map();
    for (const option of defOf(union).options ?? []) {
      const literal = defOf(option).shape?.[discriminator];
      for (const v of (literal && defOf(unwrap(literal)).values) || []) map.set(v, option);
    }
    discriminatorMaps.set(union, map);
  }
  return map.get((value as Record<string, unknown>)[discriminator]);
}

// A plain union (content: string | parts[]) is resolved by the shape of the value.
function chooseOption(union: Schema, value: object): Schema | undefined {
  const def = defOf(union);
  if (def.discriminator) return discriminated(union, def.discriminator, value);
  const wanted = Array.isArray(value) ? ["array"] : ["object", "union", "record"];
  return def.options?.find((option) => wanted.includes(defOf(unwrap(option)).type));
}

interface Walk {
  unknown: string[] | null;
  copy: boolean;
  segments: PropertyKey[];
}

function walk(schema: Schema, value: unknown, w: Walk): unknown {
  if (value === null || typeof value !== "object") return value;
  let s = unwrap(schema);
  let def = defOf(s);
  if (def.type === "union") {
    const option = chooseOption(s, value);
    if (!option) return w.copy ? structuredClone(value) : value;
    s = unwrap(option);
    def = defOf(s);
  }
  if (def.type === "array" && def.element && Array.isArray(value)) {
    const out: unknown[] | null = w.copy ? [] : null;
    for (let i = 0; i < value.length; i++) {
      w.segments.push(i);
      const item = walk(def.element, value[i], w);
      w.segments.pop();
      out?.push(item);
    }
    return out ?? value;
  }
  if (def.type === "object" && def.shape && !Array.isArray(value)) {
    const out: Record<string, unknown> | null = w.copy ? {} : null;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(def.shape, key)) {
        w.unknown?.push(appendSegment(formatPath(w.segments), key));
        continue;
      }
      w.segments.push(key);
      const item = walk(def.shape[key], record[key], w);
      w.segments.pop();
      if (out) out[key] = item;
    }
    return out ?? value;
  }
  // Free-form JSON (tool parameters): every key belongs to the user.
  return w.copy ? structuredClone(value) : value;
}

export function lineSchema(kind: LineKind): typeof chatLineSchema | typeof preferenceLineSchema {
  return kind === "chat" ? chatLineSchema : preferenceLineSchema;
}

/** Paths of keys the format does not define, e.g. `metadata`, `messages[1].foo`. */
export function unknownKeyPaths(record: object, kind: LineKind): string[] {
  const unknown: string[] = [];
  walk(lineSchema(kind), record, { unknown, copy: false, segments: [] });
  return unknown;
}

/** A deep copy without the keys OpenAI does not define: the strict export. */
export function toStrict<T extends LineRecord>(record: T): T {
  const kind: LineKind = "messages" in record ? "chat" : "preference";
  return walk(lineSchema(kind), record, { unknown: null, copy: true, segments: [] }) as T;
}
