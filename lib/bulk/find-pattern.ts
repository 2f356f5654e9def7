import RE2 from "re2";

// What a user types into "find" runs over every message of up to 100k records on the
// server. JavaScript's backtracking engine takes exponential time on patterns such as
// `(a+)+$`, and while it runs no other request is answered; RE2 matches in time
// linear in the text whatever the pattern. What it cannot do in linear time it does
// not do at all, so those constructs are refused by name, with what to use instead.

/** A pattern the user typed that cannot be used; the message says what to change. */
export class FindPatternError extends Error {}

export type FindPatternOptions = { find: string; regex?: boolean; caseSensitive?: boolean };

const LINEAR = "patterns run in linear time, so Tuneset uses RE2 syntax";

/** Constructs of JavaScript patterns that RE2 refuses, in the words the form shows. */
const UNSUPPORTED: { test: RegExp; what: string }[] = [
  { test: /^\\[1-9]/, what: "back-references (\\1) are not supported" },
  { test: /^\\k</, what: "named back-references (\\k<name>) are not supported" },
  { test: /^\(\?=/, what: "lookahead (?=…) is not supported" },
  { test: /^\(\?!/, what: "negative lookahead (?!…) is not supported" },
  { test: /^\(\?<=/, what: "lookbehind (?<=…) is not supported" },
  { test: /^\(\?<!/, what: "negative lookbehind (?<!…) is not supported" },
];

/**
 * The first construct RE2 cannot run, found by walking the pattern once: escapes are
 * stepped over and character classes skipped, where `(?=` or `\1` mean something else.
 */
export function unsupportedConstruct(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (!inClass) {
      const rest = pattern.slice(i, i + 4);
      const hit = UNSUPPORTED.find((u) => u.test.test(rest));
      if (hit) return hit.what;
    }
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
  }
  return null;
}

const escapeLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles what the user typed into a global RE2 pattern; literal text is matched as typed. */
export function compileFind(opts: FindPatternOptions): RE2 {
  if (opts.find === "") throw new FindPatternError("Type the text to find: it is empty.");
  const source = opts.regex ? opts.find : escapeLiteral(opts.find);
  if (opts.regex) {
    const construct = unsupportedConstruct(source);
    if (construct)
      throw new FindPatternError(
        `The pattern cannot be used: ${construct}; ${LINEAR}. Rewrite it without that, or turn off "regex" to find the text as typed.`,
      );
  }
  let pattern: RE2;
  try {
    pattern = new RE2(source, `gu${opts.caseSensitive ? "" : "i"}`);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FindPatternError(`The pattern is not a valid regular expression (${why}); ${LINEAR}. Fix it, or turn off "regex" to find the text as typed.`);
  }
  if (pattern.test("")) {
    throw new FindPatternError("The pattern matches empty text, so it would insert the replacement everywhere. Make it match at least one character.");
  }
  pattern.lastIndex = 0;
  return pattern;
}
