import { describe, expect, it } from "vitest";
import { tableBackQuery } from "./table-back-link";

describe("tableBackQuery", () => {
  it("keeps the table's own keys in their order", () => {
    expect(tableBackQuery("limit=25&sort=tokens&cursor=abc")).toBe("limit=25&sort=tokens&cursor=abc");
    expect(tableBackQuery("?q=refund%20policy&status=pending")).toBe("q=refund+policy&status=pending");
  });

  it("drops anything that is not a table key, so the link cannot lead elsewhere", () => {
    expect(tableBackQuery("next=https://evil.example&status=approved")).toBe("status=approved");
    expect(tableBackQuery("//evil.example/path")).toBe("");
    expect(tableBackQuery("javascript:alert(1)")).toBe("");
  });

  it("turns a missing, repeated or oversized value into something safe", () => {
    expect(tableBackQuery(undefined)).toBe("");
    expect(tableBackQuery(42)).toBe("");
    expect(tableBackQuery("status=a&status=b")).toBe("status=a");
    expect(tableBackQuery("x".repeat(5000))).toBe("");
  });
});
