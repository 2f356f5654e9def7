import { describe, expect, it } from "vitest";
import { importName, importTime } from "./import-name";

describe("importName", () => {
  it("names an import by its file and the minute it started, in UTC", () => {
    expect(importName({ fileName: "support.jsonl", startedAt: new Date("2026-12-08T14:03:59Z") })).toBe("support.jsonl (Dec 8, 2026, 2:03 PM UTC)");
    expect(importName({ fileName: "support.jsonl", startedAt: "2026-12-08T14:03:59.000Z" })).toBe("support.jsonl (Dec 8, 2026, 2:03 PM UTC)");
  });

  it("tells two imports of one file apart by their time", () => {
    const a = importName({ fileName: "a.jsonl", startedAt: new Date("2026-01-01T09:00:00Z") });
    const b = importName({ fileName: "a.jsonl", startedAt: new Date("2026-01-01T09:05:00Z") });
    expect(a).not.toBe(b);
    expect(importTime(new Date("2026-01-01T09:05:00Z"))).toBe("Jan 1, 2026, 9:05 AM UTC");
  });
});
