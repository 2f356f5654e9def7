import { argumentsParse } from "../formats/schemas";

// Edits an annotator makes to a conversation, as pure functions from one record to
// the next. They never mutate their input (undo keeps the old record), keep keys the
// format does not define, and leave validation of the result to validateRecord, so an
// edit that breaks the format can still be saved and shown, only not approved.

type Json = Record<string, unknown>;
export type EditableMessage = Json & { role: string };
export type ChatRecord = Json & { messages: EditableMessage[] };
export type PreferenceRecord = Json & {
  input: Json & { messages: EditableMessage[] };
  preferred_output: EditableMessage[];
  non_preferred_output: EditableMessage[];
};

export class EditError extends Error {}

function inRange(messages: unknown[], index: number, what: string) {
  if (!Number.isInteger(index) || index < 0 || index >= messages.length) {
    throw new EditError(`${what}: there is no turn ${index + 1} (the conversation has ${messages.length})`);
  }
}

const withMessages = <T extends ChatRecord>(record: T, messages: EditableMessage[]): T => ({ ...record, messages });

/** Inserts a turn after `index` (-1: at the start). */
export function addTurnAfter<T extends ChatRecord>(record: T, index: number, message: EditableMessage): T {
  if (index !== -1) inRange(record.messages, index, "Add a turn");
  const messages = [...record.messages];
  messages.splice(index + 1, 0, message);
  return withMessages(record, messages);
}

export function deleteTurn<T extends ChatRecord>(record: T, index: number): T {
  inRange(record.messages, index, "Delete a turn");
  return withMessages(
    record,
    record.messages.filter((_, i) => i !== index),
  );
}

/** Moves the turn at `from` so that it ends up at position `to`. */
export function moveTurn<T extends ChatRecord>(record: T, from: number, to: number): T {
  inRange(record.messages, from, "Move a turn");
  inRange(record.messages, to, "Move a turn");
  const messages = [...record.messages];
  const [moved] = messages.splice(from, 1);
  messages.splice(to, 0, moved);
  return withMessages(record, messages);
}

/** Replaces one turn's fields (content, name, tool_calls, weight…); `undefined` removes a key. */
export function updateTurn<T extends ChatRecord>(record: T, index: number, changes: Partial<EditableMessage>): T {
  inRange(record.messages, index, "Edit a turn");
  const next: EditableMessage = { ...record.messages[index], ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
  // Keys that only an assistant or a tool turn may carry go when the role changes.
  if (next.role !== "assistant") for (const k of ["tool_calls", "weight", "refusal", "function_call"]) delete next[k];
  if (next.role !== "tool") delete next.tool_call_id;
  return withMessages(
    record,
    record.messages.map((m, i) => (i === index ? next : m)),
  );
}

export function setRole<T extends ChatRecord>(record: T, index: number, role: string): T {
  return updateTurn(record, index, { role });
}

/** "Train on this turn": assistant turns only; weight 1 is the default and is written as absent. */
export function setWeight<T extends ChatRecord>(record: T, index: number, train: boolean): T {
  inRange(record.messages, index, "Set the weight");
  if (record.messages[index].role !== "assistant") throw new EditError("Only assistant turns carry a weight");
  return updateTurn(record, index, { weight: train ? undefined : 0 });
}

/** Sets the system prompt: edits the leading system turn, adds one, or (empty text) removes it. */
export function setSystemPrompt<T extends ChatRecord>(record: T, text: string): T {
  const first = record.messages[0];
  const hasSystem = first?.role === "system";
  if (text.trim() === "") return hasSystem ? deleteTurn(record, 0) : record;
  if (hasSystem) return updateTurn(record, 0, { content: text });
  return addTurnAfter(record, -1, { role: "system", content: text });
}

export type ToolCallDraft = { id: string; name: string; arguments: string };

/** Problems with tool calls as typed, one message per call, for the editor to show as you type. */
export function toolCallProblems(calls: ToolCallDraft[]): string[] {
  const problems: string[] = [];
  calls.forEach((c, i) => {
    const where = `tool call ${i + 1}`;
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(c.name)) problems.push(`${where}: the function name must be 1-64 letters, digits, _ or -`);
    const parsed = argumentsParse(c.arguments);
    if (!parsed.ok) problems.push(`${where}: arguments must be a JSON string that parses (${parsed.error})`);
    if (!c.id.trim()) problems.push(`${where}: give the call an id so a tool turn can answer it`);
  });
  return problems;
}

export function setToolCalls<T extends ChatRecord>(record: T, index: number, calls: ToolCallDraft[]): T {
  if (record.messages[index]?.role !== "assistant") throw new EditError("Only assistant turns make tool calls");
  const tool_calls = calls.map((c) => ({ id: c.id, type: "function", function: { name: c.name, arguments: c.arguments } }));
  return updateTurn(record, index, { tool_calls: tool_calls.length ? tool_calls : undefined });
}

/** Swaps the preferred and the non-preferred answer of a preference record. */
export function swapPreference<T extends PreferenceRecord>(record: T): T {
  return { ...record, preferred_output: record.non_preferred_output, non_preferred_output: record.preferred_output };
}
