import { describe, expect, it } from "vitest";
import { isOneOf, vocabulary } from "./vocabulary";

describe("vocabulary", () => {
  const sizes = vocabulary({ small: "Small", medium: "Medium", large: "Large" });

  it("lists the words in the order the labels name them", () => {
    expect(sizes.words).toEqual(["small", "medium", "large"]);
    expect(sizes.labels.medium).toBe("Medium");
  });

  it.each([
    ["small", true],
    ["large", true],
    ["huge", false],
    ["Small", false],
    ["toString", false],
    [1, false],
    [null, false],
  ])("guards %j → %s", (value, expected) => {
    expect(sizes.is(value)).toBe(expected);
  });
});

describe("isOneOf", () => {
  it("accepts only strings in the list", () => {
    expect(isOneOf(["a", "b"], "b")).toBe(true);
    expect(isOneOf(["a", "b"], "c")).toBe(false);
    expect(isOneOf(["a", "b"], undefined)).toBe(false);
  });
});
