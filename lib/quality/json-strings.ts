// Tool-call arguments are JSON text. Editing the strings inside them must leave the
// text valid JSON and everything else in it (spacing, key order, numbers too long
// for a double) exactly as written, so each string literal is decoded, rewritten
// and re-encoded on its own instead of parsing and re-serialising the whole value.

// In valid JSON every quote outside a string opens one, so this finds exactly the
// string literals (keys and values). The two branches never overlap: no backtracking.
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"/g;

function decode(literal: string): string {
  return literal.includes("\\") ? (JSON.parse(literal) as string) : literal.slice(1, -1);
}

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies `rewrite` to every decoded string (keys and values) of a JSON text and
 * splices the re-encoded results back. Returns the text itself when nothing changed,
 * and null when it is not valid JSON (the caller decides what to do with it then).
 */
export function mapJsonStrings(json: string, rewrite: (text: string) => string): string | null {
  if (!isValidJson(json)) return null;
  let out = "";
  let copied = 0;
  for (const m of json.matchAll(STRING_LITERAL)) {
    const value = decode(m[0]);
    const next = rewrite(value);
    if (next === value) continue;
    out += json.slice(copied, m.index) + JSON.stringify(next);
    copied = m.index + m[0].length;
  }
  return copied === 0 ? json : out + json.slice(copied);
}
