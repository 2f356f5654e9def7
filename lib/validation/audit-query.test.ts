import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AuditQuerySchema, auditHref, decodeAuditCursor, newerThan, olderThan } from "./audit-query";

const messages = (input: unknown) => {
  const result = AuditQuerySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the audit log's filter", () => {
  it("reads an empty form as no filter at all", () => {
    expect(AuditQuerySchema.parse({})).toEqual({});
    expect(AuditQuerySchema.parse({ actor: "", action: "", dataset: "", from: "", to: "", cursor: "" })).toEqual({
      actor: undefined,
      action: undefined,
      dataset: undefined,
      from: undefined,
      to: undefined,
      cursor: undefined,
    });
  });

  it("takes a user, an action code, a dataset and a span of days", () => {
    const q = AuditQuerySchema.parse({ actor: " u1 ", action: "conversation.status_set", dataset: "d1", from: "2026-05-01", to: "2026-05-01", cursor: "b120" });
    expect(q).toEqual({ actor: "u1", action: "conversation.status_set", dataset: "d1", from: "2026-05-01", to: "2026-05-01", cursor: "b120" });
  });

  it("says what is wrong with a value it cannot use", () => {
    expect(messages({ action: "conversation.deleted" })).toEqual(["action: action must be one of the audit log's action codes"]);
    expect(messages({ from: "May 1" })).toEqual(["from: from must be a date written YYYY-MM-DD"]);
    expect(messages({ to: "2026-02-30" })).toEqual(["to: to is not a date on the calendar"]);
    expect(messages({ from: "2026-05-02", to: "2026-05-01" })).toEqual(["to: from must be on or before to"]);
    expect(messages({ cursor: "120" })).toHaveLength(1);
    expect(messages({ cursor: "b0" })).toHaveLength(1);
    expect(messages({ actor: "x".repeat(101) })).toHaveLength(1);
  });

  it("gives the API the same errors as the page", () => {
    expect(() => AuditQuerySchema.parse({ from: "yesterday" })).toThrow(z.ZodError);
  });

  it("reads the cursors it hands out", () => {
    expect(decodeAuditCursor(olderThan(42))).toEqual({ direction: "older", id: 42 });
    expect(decodeAuditCursor(newerThan(7))).toEqual({ direction: "newer", id: 7 });
    expect(decodeAuditCursor(undefined)).toBeNull();
    expect(decodeAuditCursor("c1")).toBeNull();
  });

  it("builds page links that keep the filter and start a changed filter at the newest events", () => {
    const q = AuditQuerySchema.parse({ dataset: "d1", action: "import.finished", cursor: "b90" });
    expect(auditHref(q)).toBe("/audit?action=import.finished&dataset=d1&cursor=b90");
    expect(auditHref(q, { cursor: "a40" })).toBe("/audit?action=import.finished&dataset=d1&cursor=a40");
    expect(auditHref(q, { dataset: undefined })).toBe("/audit?action=import.finished");
    expect(auditHref({})).toBe("/audit");
  });
});
