import { describe, expect, it } from "vitest";
import { MARK_CLOSE, MARK_OPEN, splitMarks } from "./snippet-marks";

const m = (s: string) => `${MARK_OPEN}${s}${MARK_CLOSE}`;

describe("splitMarks", () => {
  it("splits a snippet into plain and matched runs", () => {
    expect(splitMarks(`…how do I ${m("reset")} my ${m("password")}?`)).toEqual([
      { text: "…how do I ", mark: false },
      { text: "reset", mark: true },
      { text: " my ", mark: false },
      { text: "password", mark: true },
      { text: "?", mark: false },
    ]);
  });

  it("keeps markup in the text as text", () => {
    expect(splitMarks(`<b>${m("<script>")}</b>`)).toEqual([
      { text: "<b>", mark: false },
      { text: "<script>", mark: true },
      { text: "</b>", mark: false },
    ]);
  });

  it("drops stray delimiters without losing text", () => {
    expect(splitMarks(`a${MARK_CLOSE}b`)).toEqual([
      { text: "a", mark: false },
      { text: "b", mark: false },
    ]);
    expect(splitMarks(`a${MARK_OPEN}b`)).toEqual([
      { text: "a", mark: false },
      { text: "b", mark: false },
    ]);
    expect(splitMarks("")).toEqual([]);
  });
});
