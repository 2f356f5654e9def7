import type { Actor } from "../auth/actor";
import type { AuditAction } from "./audit-actions";
import { STATUS_LABELS, type Status } from "../validation/statuses";

// The audit events of one conversation save. A save can edit the text and decide on
// the record at once; each part gets its own event, so filtering the log by "Set a
// status" finds every decision. A restore is one event: it puts a whole version back.

export type ConversationChange = {
  /** The record's fields that were replaced, or "raw" when the whole line was. */
  text?: { fields: string[]; fixed: boolean };
  status?: { from: string; to: string };
  labels?: { added: string[]; removed: string[]; summary: string };
  note?: string;
  restoredFrom?: number;
};

type Target = { id: number; datasetId: string; version: number };

export type ConversationEvent = {
  actor: Actor;
  action: AuditAction;
  datasetId: string;
  targetType: "conversation";
  targetId: number;
  summary: string;
  detail: Record<string, unknown>;
};

const statusLabel = (s: string) => STATUS_LABELS[s as Status] ?? s;

export function conversationEvents(actor: Actor, t: Target, c: ConversationChange): ConversationEvent[] {
  const name = `conversation #${t.id}`;
  const event = (action: AuditAction, summary: string, detail: Record<string, unknown> = {}): ConversationEvent => ({
    actor,
    action,
    datasetId: t.datasetId,
    targetType: "conversation",
    targetId: t.id,
    summary,
    detail: { version: t.version, ...detail },
  });
  if (c.restoredFrom !== undefined) {
    return [event("conversation.restored", `Restored ${name} to version ${c.restoredFrom}.`, { restored: c.restoredFrom })];
  }
  const events: ConversationEvent[] = [];
  if (c.text) {
    const { fields, fixed } = c.text;
    const summary = fixed ? `Fixed the invalid line of ${name}.` : fields.length ? `Edited ${fields.join(", ")} of ${name}.` : `Edited the JSON of ${name}.`;
    events.push(event("conversation.edited", summary, fields.length ? { fields } : {}));
  }
  if (c.status) {
    const { from, to } = c.status;
    events.push(event("conversation.status_set", `Set ${name} from ${statusLabel(from)} to ${statusLabel(to)}.`, { from, to }));
  }
  if (c.labels) {
    const { added, removed, summary } = c.labels;
    events.push(event("conversation.labels_set", `Changed the labels of ${name}: ${summary}.`, { added, removed }));
  }
  if (c.note !== undefined) {
    events.push(event("conversation.note_set", c.note ? `Wrote a note on ${name}.` : `Cleared the note of ${name}.`));
  }
  return events;
}
