import { setSystemPrompt, type ChatRecord } from "../editing/edit-operations";

// The system prompt of a chat record (its leading system turn) or of a preference
// record (the leading system turn of `input.messages`), set for a bulk edit. Empty
// text removes it. Records of another shape come back unchanged.

type Json = Record<string, unknown>;

const isChat = (r: unknown): r is ChatRecord => typeof r === "object" && r !== null && Array.isArray((r as Json).messages);

/** The record with its system prompt set to `text`; the same object when nothing changes. */
export function replaceSystemPrompt(record: Json, text: string): Json {
  if (isChat(record)) return unlessSame(record, setSystemPrompt(record, text));
  if (isChat(record.input)) {
    const input = unlessSame(record.input, setSystemPrompt(record.input, text));
    return input === record.input ? record : { ...record, input };
  }
  return record;
}

/** setSystemPrompt returns a new object even when the prompt already reads `text`. */
function unlessSame<T extends ChatRecord>(before: T, after: T): T {
  return JSON.stringify(before.messages) === JSON.stringify(after.messages) ? before : after;
}
