import { describe, expect, it } from "vitest";
import { compileFind, FindPatternError, unsupportedConstruct } from "./find-pattern";
import { replaceInText } from "./find-replace";

const refusal = (find: string) => {
  try {
    compileFind({ find, regex: true });
  } catch (e) {
    expect(e).toBeInstanceOf(FindPatternError);
    return (e as Error).message;
  }
  throw new Error(`${find} was accepted`);
};

describe("compileFind", () => {
  it("answers a catastrophic pattern at once", () => {
    const pattern = compileFind({ find: "(a+)+$", regex: true });
    const text = `${"a".repeat(34)}!`;
    expect(replaceInText(text, pattern, { replace: "x", regex: true }).count).toBe(0);
    expect(replaceInText("a".repeat(100_000) + "!", pattern, { replace: "x", regex: true }).count).toBe(0);
  });

  it.each([
    ["(a)\\1", "back-references (\\1) are not supported"],
    ["(?<w>a)\\k<w>", "named back-references (\\k<name>) are not supported"],
    ["foo(?=bar)", "lookahead (?=…) is not supported"],
    ["foo(?!bar)", "negative lookahead (?!…) is not supported"],
    ["(?<=\\$)\\d+", "lookbehind (?<=…) is not supported"],
    ["(?<!x)y", "negative lookbehind (?<!…) is not supported"],
  ])("refuses %s by naming the construct", (find, construct) => {
    const message = refusal(find);
    expect(message).toContain(construct);
    expect(message).toMatch(/patterns run in linear time.*RE2 syntax.*turn off "regex"/);
  });

  it("does not mistake escapes and character classes for those constructs", () => {
    expect(unsupportedConstruct("\\(?=x")).toBeNull();
    expect(unsupportedConstruct("[(?=]x")).toBeNull();
    expect(unsupportedConstruct("\\\\1")).toBeNull();
    expect(unsupportedConstruct("[\\]](?=x)")).toBe("lookahead (?=…) is not supported");
    expect(compileFind({ find: "(?=x)\\1", regex: false }).test("(?=x)\\1")).toBe(true);
  });

  it("refuses an invalid pattern, empty text and empty matches, saying what to do", () => {
    expect(refusal("(unclosed")).toMatch(/^The pattern is not a valid regular expression \(missing \).*turn off "regex"/);
    expect(() => compileFind({ find: "" })).toThrow(/empty/);
    expect(refusal("x*")).toMatch(/matches empty text/);
  });

  it("takes the syntax of ordinary JavaScript patterns: classes, Unicode, named groups, flags", () => {
    expect(compileFind({ find: "\\p{Lu}\\w+", regex: true, caseSensitive: true }).test("über Ärger")).toBe(true);
    expect(compileFind({ find: "\\bcolou?r\\b", regex: true }).test("COLOR")).toBe(true);
    expect(compileFind({ find: "\\bcolou?r\\b", regex: true, caseSensitive: true }).test("COLOR")).toBe(false);
    expect(compileFind({ find: "(?<year>\\d{4})-\\d{2}", regex: true }).test("2024-05")).toBe(true);
    expect(compileFind({ find: "😀+", regex: true }).test("hi 😀😀")).toBe(true);
  });
});

describe("replacements run by RE2 equal JavaScript's for ordinary patterns", () => {
  const text = "Call 555-1234 or (555) 999-0000.\nCosts $5, ÄRGER über Öl 😀 x. ^start$ end";
  const cases: [find: string, replace: string, caseSensitive: boolean][] = [
    ["(\\d{3})-(?<rest>\\d{4})", "$<rest>-$1", false],
    ["(\\d+)", "[$1]", true],
    ["\\$(\\d)", "$$$1.00", true],
    ["(ö|ä)(\\w)", "$2$1", false],
    ["^Call", "Phone", true],
    ["end$", "END", true],
    ["\\.\\n", "! ", true],
    ["c.sts", "$&/$&", false],
    ["(x)|(y)", "<$1|$2>", true],
    ["😀", "[smile]", true],
    ["\\s+", " ", true],
  ];
  it.each(cases)("%s → %s", (find, replace, caseSensitive) => {
    const js = new RegExp(find, `gu${caseSensitive ? "" : "i"}`);
    const expected = text.replace(js, replace);
    const ours = replaceInText(text, compileFind({ find, regex: true, caseSensitive }), { replace, regex: true });
    expect(ours.text).toBe(expected);
    expect(ours.count).toBe(text.match(js)?.length ?? 0);
  });

  it("reports where the first occurrence is, in UTF-16 offsets like the rest of the page", () => {
    const r = replaceInText("😀 héllo wörld", compileFind({ find: "wörld" }), { replace: "x" }, "messages[0].content");
    expect(r.first).toEqual({ path: "messages[0].content", before: "😀 héllo ", found: "wörld", replaced: "x", after: "" });
  });

  it("inserts literal replacement text as typed when regex is off", () => {
    const r = replaceInText("a.b a.b", compileFind({ find: "a.b" }), { replace: "$1 $&" });
    expect(r.text).toBe("$1 $& $1 $&");
  });
});
