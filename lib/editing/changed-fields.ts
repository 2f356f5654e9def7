// Which of a record's fields an edit really changes. An editor sends every field it
// shows: the turn editor sends `tools: null` for a conversation without tools, and the
// messages again when only the tools were touched. Counting those as edits made the
// history say "edited messages, tools" for a change of one word, so a field counts only
// when its value differs from the stored one; null (remove the key) and an absent key
// are the same thing, and key order inside objects does not matter.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameJson(v, other[i]));
  }
  const x = a as Record<string, Json | undefined>;
  const y = b as Record<string, Json | undefined>;
  // A key holding undefined does not survive JSON, so it counts as absent.
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => k in y && sameJson(x[k], y[k]));
}

/** The fields among `fields` whose value in `patch` differs from `stored` (null removes a key, so it equals an absent one). */
export function changedFields<K extends string>(
  stored: Readonly<Record<string, unknown>>,
  patch: Readonly<Partial<Record<K, unknown>>>,
  fields: readonly K[],
): K[] {
  return fields.filter((k) => !sameJson(stored[k] ?? null, patch[k] ?? null));
}
