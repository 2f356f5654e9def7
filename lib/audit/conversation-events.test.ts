import { describe, expect, it } from "vitest";
import { conversationEvents } from "./conversation-events";
import { auditActionLabel, AUDIT_ACTION_CODES } from "./audit-actions";

const actor = { id: "u1", email: "ann@example.com", name: "Ann", role: "annotator" as const };
const target = { id: 12, datasetId: "d1", version: 4 };

describe("the audit events of a conversation save", () => {
  it("gives each part of a save its own event, so a filter by action finds every decision", () => {
    const events = conversationEvents(actor, target, {
      text: { fields: ["messages"], fixed: false },
      status: { from: "pending", to: "approved" },
      labels: { added: ["refund"], removed: ["billing"], summary: "+refund −billing" },
      note: "",
    });
    expect(events.map((e) => [e.action, e.summary])).toEqual([
      ["conversation.edited", "Edited messages of conversation #12."],
      ["conversation.status_set", "Set conversation #12 from Pending to Approved."],
      ["conversation.labels_set", "Changed the labels of conversation #12: +refund −billing."],
      ["conversation.note_set", "Cleared the note of conversation #12."],
    ]);
    expect(events[1]).toMatchObject({ datasetId: "d1", targetType: "conversation", targetId: 12, detail: { version: 4, from: "pending", to: "approved" } });
  });

  it("records a restore as one event, whatever it put back", () => {
    const events = conversationEvents(actor, target, { restoredFrom: 2, status: { from: "approved", to: "pending" }, text: { fields: [], fixed: false } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "conversation.restored", summary: "Restored conversation #12 to version 2." });
  });

  it("says when a raw edit fixed an invalid line", () => {
    expect(conversationEvents(actor, target, { text: { fields: [], fixed: true } })[0].summary).toBe("Fixed the invalid line of conversation #12.");
    expect(conversationEvents(actor, target, { text: { fields: [], fixed: false } })[0].summary).toBe("Edited the JSON of conversation #12.");
  });

  it("labels every action code, and shows an unknown stored code as itself", () => {
    for (const code of AUDIT_ACTION_CODES) expect(auditActionLabel(code)).not.toBe(code);
    expect(auditActionLabel("model.deployed")).toBe("model.deployed");
  });
});
