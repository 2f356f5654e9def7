import type { BoundedRecord } from "../long-text/bound-record";
import type { EditableMessage } from "./edit-operations";
import { findDeepNesting } from "../formats/json-depth";

// An invalid line too deeply nested to hand to the editors (the page would overflow
// the stack serialising it) is fixed as raw text instead.
const tooDeep = (raw: string) => findDeepNesting(raw) !== null;

/** Turns and tools the turn editor can work on: a chat record, or an invalid line that is still a JSON object with messages. */
export function editableMessages(record: BoundedRecord): { messages: EditableMessage[]; tools: unknown } | null {
  if (record.kind === "chat") return { messages: record.messages as EditableMessage[], tools: record.tools };
  // An invalid line sent shortened is fixed as a whole line on its page, not turn by turn.
  if (record.kind !== "invalid" || typeof record.raw !== "string" || !record.raw || tooDeep(record.raw)) return null;
  try {
    const parsed = JSON.parse(record.raw);
    return Array.isArray(parsed?.messages) && parsed.messages.every((m: unknown) => typeof m === "object" && m !== null)
      ? { messages: parsed.messages, tools: parsed.tools }
      : null;
  } catch {
    return null;
  }
}

/** The parts the preference editor works on: a preference record, or an invalid line that is still a JSON object with preference keys. */
export function editablePreference(record: BoundedRecord): { input?: unknown; preferred_output?: unknown; non_preferred_output?: unknown } | null {
  const keys = ["input", "preferred_output", "non_preferred_output"] as const;
  if (record.kind === "preference")
    return { input: record.input, preferred_output: record.preferred_output, non_preferred_output: record.non_preferred_output };
  // An invalid line sent shortened is fixed as a whole line on its page, not turn by turn.
  if (record.kind !== "invalid" || typeof record.raw !== "string" || !record.raw || tooDeep(record.raw)) return null;
  try {
    const parsed = JSON.parse(record.raw);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed) || !keys.some((k) => k in parsed)) return null;
    return { input: parsed.input, preferred_output: parsed.preferred_output, non_preferred_output: parsed.non_preferred_output };
  } catch {
    return null;
  }
}
