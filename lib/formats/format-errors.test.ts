import { describe, expect, it } from "vitest";
import { describeValue, formatError, formatErrorSchema, issuesToErrors } from "./format-errors";
import { chatLineSchema } from "./schemas";

describe("formatError", () => {
  it("prefixes the path when there is one", () => {
    expect(formatError({ path: "messages[0]", message: "required" })).toBe("messages[0]: required");
    expect(formatError({ path: "", message: "expected a JSON object, got null" })).toBe("expected a JSON object, got null");
  });

  it("round-trips through its schema, for storage", () => {
    const error = { path: "a", message: "b" };
    expect(formatErrorSchema.parse(JSON.parse(JSON.stringify(error)))).toEqual(error);
  });
});

describe("describeValue", () => {
  it("names JSON types with an article", () => {
    expect([[], {}, null, "s", 1, true].map(describeValue)).toEqual(["an array", "an object", "null", "a string", "a number", "a boolean"]);
  });
});

describe("issuesToErrors", () => {
  it("reports the issues of the one union option that fits the value", () => {
    const result = chatLineSchema.safeParse({
      messages: [
        { role: "user", content: [{ type: "text", text: 1 }] },
        { role: "assistant", content: "a" },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesToErrors(result.error.issues).map((e) => e.path)).toEqual(["messages[0].content[0].text"]);
  });
});
