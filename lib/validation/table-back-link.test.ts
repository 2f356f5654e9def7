import { describe, expect, it } from "vitest";
import { tableBackQuery } from "./table-back-link";
import { expectMapping } from "../test/expect-mapping";

describe("tableBackQuery", () => {
  it("keeps the table's own keys in their order", () => {
    expectMapping(tableBackQuery, {
      "limit=25&sort=tokens&cursor=abc": "limit=25&sort=tokens&cursor=abc",
      "?q=refund%20policy&status=pending": "q=refund+policy&status=pending",
    });
  });

  it("drops anything that is not a table key, so the link cannot lead elsewhere", () => {
    expectMapping(tableBackQuery, { "next=https://evil.example&status=approved": "status=approved", "//evil.example/path": "", "javascript:alert(1)": "" });
  });

  it("turns a missing, repeated or oversized value into something safe", () => {
    expect(tableBackQuery(undefined)).toBe("");
    expect(tableBackQuery(42)).toBe("");
    expect(tableBackQuery("status=a&status=b")).toBe("status=a");
    expect(tableBackQuery("x".repeat(5000))).toBe("");
  });
});
