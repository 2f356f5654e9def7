import { describe, expect, it } from "vitest";
import { db, sqlite } from "../client";
import { commandLineActor } from "../actor";
import { auditEventData, recordAudit } from "./record-audit";

const count = () => sqlite().prepare(`SELECT count(*) FROM AuditEvent`).pluck().get() as number;

describe("the audit log", () => {
  it("stores events from the raw handle and from Prisma alike", async () => {
    const actor = await commandLineActor();
    recordAudit({ actor, action: "dataset.created", datasetId: "d1", targetType: "dataset", targetId: "d1", summary: "Created d1.", detail: { name: "d1" } });
    await db().auditEvent.create({ data: auditEventData({ actor, action: "user.created", targetId: 7, summary: "Created someone." }) });
    const rows = sqlite().prepare(`SELECT * FROM AuditEvent ORDER BY id`).all() as Record<string, unknown>[];
    expect(rows.map((r) => [r.action, r.actorName, r.datasetId, r.targetId, r.detail])).toEqual([
      ["dataset.created", "Command line", "d1", "d1", '{"name":"d1"}'],
      ["user.created", "Command line", null, "7", null],
    ]);
    // One text form for both writers, so date filters compare like with like.
    for (const r of rows) expect(r.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
  });

  it("refuses to update or delete an event, from either connection", async () => {
    const actor = await commandLineActor();
    recordAudit({ actor, action: "token.revoked", summary: "Revoked a token." });
    const before = count();
    expect(() => sqlite().prepare(`UPDATE AuditEvent SET summary = 'nothing happened'`).run()).toThrow(/append-only/);
    expect(() => sqlite().prepare(`DELETE FROM AuditEvent`).run()).toThrow(/append-only/);
    await expect(db().auditEvent.updateMany({ data: { actorName: "someone else" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(count()).toBe(before);
    expect(sqlite().prepare(`SELECT count(*) FROM AuditEvent WHERE summary = 'nothing happened' OR actorName = 'someone else'`).pluck().get()).toBe(0);
  });

  it("goes with the change it records: a rolled-back change leaves no event", async () => {
    const actor = await commandLineActor();
    const before = count();
    const change = sqlite().transaction(() => {
      recordAudit({ actor, action: "bulk.applied", summary: "A change that fails." });
      throw new Error("the change failed");
    });
    expect(() => change()).toThrow(/the change failed/);
    expect(count()).toBe(before);
  });
});
