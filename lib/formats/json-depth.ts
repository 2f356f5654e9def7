import { formatPath } from "./paths";

// Deeply nested JSON parses fine, but every walk after it (JSON.stringify, zod, the
// checks, rendering) recurses and overflows the stack somewhere past a few thousand
// levels. So nesting is bounded where JSON enters, by checks that do not recurse
// themselves. A chat line needs about 6 levels and a tool's JSON schema a dozen more.

export const MAX_JSON_DEPTH = 64;

/** How many segments of the path to the too-deep value an error shows. */
const SHOWN_SEGMENTS = 8;

export type DeepNesting = { path: string; limit: number };

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;

/** The quote closing the string literal opened at `start`, or -1 when it never closes. */
function closingQuote(text: string, start: number): number {
  for (let q = text.indexOf('"', start + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return -1;
}

// Nesting can be no deeper than the number of opening brackets, and counting them
// with indexOf is a fifth of the cost of the full scan: most lines stop here.
function hasMoreOpenings(text: string, limit: number): boolean {
  let n = 0;
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i + 1)) if (++n > limit) return true;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", i + 1)) if (++n > limit) return true;
  return false;
}

function decodeKey(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** At most SHOWN_SEGMENTS segments, then an ellipsis saying the path goes on. */
function shownPath(segments: readonly PropertyKey[]): string {
  const path = formatPath(segments.slice(0, SHOWN_SEGMENTS));
  return segments.length > SHOWN_SEGMENTS ? `${path}…` : path;
}

/**
 * Where a JSON text first nests deeper than `limit` objects and arrays, with the path
 * to that value; null when it never does. One pass over the text, skipping string
 * literals with indexOf, so brackets inside strings do not count. The text need not
 * be valid JSON: what is broken otherwise is left for JSON.parse to report.
 */
export function findDeepNesting(text: string, limit = MAX_JSON_DEPTH): DeepNesting | null {
  if (!hasMoreOpenings(text, limit)) return null;
  // Per open level: an array's current index, or where an object's current key starts and ends.
  const isArray: boolean[] = [];
  const index: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      if (end === -1) return null;
      if (expectKey) {
        keyStart[depth - 1] = i;
        keyEnd[depth - 1] = end;
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === limit) return { path: pathAt(text, depth, isArray, index, keyStart, keyEnd), limit };
      isArray[depth] = c === OPEN_ARRAY;
      index[depth] = 0;
      keyStart[depth] = -1;
      depth++;
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth === 0) return null;
      depth--;
      expectKey = false;
    } else if (c === COMMA && depth > 0) {
      if (isArray[depth - 1]) index[depth - 1]++;
      else expectKey = true;
    }
  }
  return null;
}

function pathAt(text: string, depth: number, isArray: boolean[], index: number[], keyStart: number[], keyEnd: number[]): string {
  const segments: PropertyKey[] = [];
  for (let d = 0; d < depth && segments.length <= SHOWN_SEGMENTS; d++) {
    if (isArray[d]) segments.push(index[d]);
    else if (keyStart[d] !== -1) segments.push(decodeKey(text.slice(keyStart[d], keyEnd[d] + 1)));
  }
  return shownPath(segments);
}

/**
 * The same bound for a value already parsed (a server action's arguments), walked
 * with an explicit stack rather than recursion.
 */
export function findDeepValue(value: unknown, limit = MAX_JSON_DEPTH): DeepNesting | null {
  type Frame = { value: unknown; depth: number; parent: Frame | null; key: PropertyKey };
  const stack: Frame[] = [{ value, depth: 0, parent: null, key: "" }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (typeof frame.value !== "object" || frame.value === null) continue;
    if (frame.depth === limit) return { path: shownPath(segmentsOf(frame)), limit };
    const container = frame.value as Record<string, unknown>;
    const push = (key: PropertyKey, child: unknown) => {
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
    };
    if (Array.isArray(container)) for (let i = container.length - 1; i >= 0; i--) push(i, container[i]);
    else for (const key of Object.keys(container).reverse()) push(key, container[key]);
  }
  return null;
}

// Paths are rebuilt from parent links only for the one value reported, so the walk
// itself allocates no path per node.
function segmentsOf(frame: { parent: unknown; key: PropertyKey }): PropertyKey[] {
  const segments: PropertyKey[] = [];
  for (let f = frame as { parent: unknown; key: PropertyKey } | null; f && f.parent; f = f.parent as typeof f) segments.push(f.key);
  return segments.reverse();
}

/**
 * Whether a value would take more than `max` characters written as JSON, found
 * without writing it and stopping as soon as it does. A server action's arguments can
 * share one object in many places (React's replies have references), so a small
 * request can stand for a value too large to serialise: this is the bound on that.
 */
export function jsonSizeExceeds(value: unknown, max: number): boolean {
  const stack: unknown[] = [value];
  let size = 0;
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") size += v.length + 2;
    else if (typeof v !== "object" || v === null) size += 8;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      size += 2;
      for (const key of Object.keys(v)) {
        size += key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
    if (size > max) return true;
  }
  return false;
}

/** What is wrong and what to do; the path goes beside it, as with every format error. */
export function deepNestingMessage(limit: number): string {
  return `nested deeper than ${limit} levels: flatten or remove this value (Tuneset reads at most ${limit} levels of objects and arrays)`;
}

/** The path in the `$.a[0].b` form that request errors use for a place inside a body. */
export function bodyPath(path: string): string {
  if (path === "") return "$";
  return path.startsWith("[") ? `$${path}` : `$.${path}`;
}
