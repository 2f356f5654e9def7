import type { ConversationRecord } from "../validation/conversation-record";
import type { EditableMessage } from "./edit-operations";

/** Turns and tools the turn editor can work on: a chat record, or an invalid line that is still a JSON object with messages. */
export function editableMessages(record: ConversationRecord): { messages: EditableMessage[]; tools: unknown } | null {
  if (record.kind === "chat") return { messages: record.messages as EditableMessage[], tools: record.tools };
  if (record.kind !== "invalid" || !record.raw) return null;
  try {
    const parsed = JSON.parse(record.raw);
    return Array.isArray(parsed?.messages) && parsed.messages.every((m: unknown) => typeof m === "object" && m !== null)
      ? { messages: parsed.messages, tools: parsed.tools }
      : null;
  } catch {
    return null;
  }
}
