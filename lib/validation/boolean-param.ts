import { z } from "zod";

// A yes/no option that arrives as a query parameter ("1"), a form field, a CLI flag or
// a JSON body (true). Each says the same thing its own way, and all of them must work:
// `allowErrors=1` in a URL and `"allowErrors": true` in a body alike.

const TRUE = new Set(["1", "true"]);
const FALSE = new Set(["0", "false"]);

function toBoolean(v: unknown): unknown {
  if (v === "" || v === null || v === undefined) return undefined;
  if (v === 1) return true;
  if (v === 0) return false;
  if (typeof v !== "string") return v;
  const word = v.trim().toLowerCase();
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  return v;
}

/** true for `true`, `1`, "true", "1"; false for `false`, `0`, "false", "0"; absent when empty. */
export function booleanParam(name: string) {
  return z.preprocess(toBoolean, z.boolean({ error: `${name} must be true or 1 (false or 0 to leave it off)` }).optional());
}
