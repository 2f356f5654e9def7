import { describe, expect, it } from "vitest";
import { appendSegment, formatPath } from "./paths";

describe("formatPath", () => {
  it("writes paths the way a user would type them", () => {
    expect(formatPath(["messages", 2, "role"])).toBe("messages[2].role");
    expect(formatPath(["input", "messages", 0, "content"])).toBe("input.messages[0].content");
    expect(formatPath([])).toBe("");
  });

  it("quotes keys that are not identifiers", () => {
    expect(formatPath(["metadata", "my key", 0])).toBe('metadata["my key"][0]');
    expect(appendSegment("", "1st")).toBe('["1st"]');
    expect(appendSegment("messages[0]", "x-y")).toBe('messages[0]["x-y"]');
  });
});
