import { z } from "zod";
import {
  addTurnAfter,
  deleteTurn,
  moveTurn,
  setToolCalls,
  swapPreference,
  updateTurn,
  type ChatRecord,
  type EditableMessage,
  type ToolCallDraft,
} from "./edit-operations";

// What the preference editor holds while an annotator works: the record's three parts,
// and the tool calls as the JSON text being typed (half-typed JSON must survive a
// reload as it is). Pure, so the editor, its stored draft and the conflict view agree.

const Message = z.looseObject({ role: z.string() });

export const PreferenceDraftSchema = z.object({
  record: z.object({
    input: z.looseObject({ messages: z.array(Message) }),
    preferred_output: z.array(Message),
    non_preferred_output: z.array(Message),
  }),
  /** Tool calls of each input turn, as typed. */
  inputCalls: z.array(z.string()),
  answerCalls: z.object({ preferred_output: z.string(), non_preferred_output: z.string() }),
});

export type PreferenceDraft = z.infer<typeof PreferenceDraftSchema>;
export type PreferenceParts = PreferenceDraft["record"];
export type AnswerKey = "preferred_output" | "non_preferred_output";
export const ANSWER_KEYS: AnswerKey[] = ["preferred_output", "non_preferred_output"];

const pretty = (v: unknown) => (v === undefined || v === null ? "" : JSON.stringify(v, null, 2));

function asMessage(m: unknown, role: string): EditableMessage {
  if (typeof m !== "object" || m === null || Array.isArray(m)) return { role, content: JSON.stringify(m) };
  const r = (m as { role?: unknown }).role;
  return { ...(m as object), role: typeof r === "string" ? r : role };
}

/** The editor's starting state from a stored record (an empty answer becomes one blank assistant turn). */
export function draftFromRecord(parts: { input?: unknown; preferred_output?: unknown; non_preferred_output?: unknown }): PreferenceDraft {
  const input = typeof parts.input === "object" && parts.input !== null && !Array.isArray(parts.input) ? (parts.input as Record<string, unknown>) : {};
  const messages = Array.isArray(input.messages) ? input.messages.map((m) => asMessage(m, "user")) : [];
  const answer = (v: unknown) => (Array.isArray(v) && v.length ? v.map((m) => asMessage(m, "assistant")) : [{ role: "assistant", content: "" }]);
  const record = { input: { ...input, messages }, preferred_output: answer(parts.preferred_output), non_preferred_output: answer(parts.non_preferred_output) };
  return {
    record,
    inputCalls: messages.map((m) => pretty(m.tool_calls)),
    answerCalls: { preferred_output: pretty(record.preferred_output[0].tool_calls), non_preferred_output: pretty(record.non_preferred_output[0].tool_calls) },
  };
}

/** Swaps the two answers, their tool calls as typed included. */
export function swapAnswers(draft: PreferenceDraft): PreferenceDraft {
  return {
    ...draft,
    record: swapPreference(draft.record),
    answerCalls: { preferred_output: draft.answerCalls.non_preferred_output, non_preferred_output: draft.answerCalls.preferred_output },
  };
}

/** Changes the (first) assistant message of one answer; `undefined` removes a key. */
export function updateAnswer(draft: PreferenceDraft, which: AnswerKey, changes: Partial<EditableMessage>): PreferenceDraft {
  const messages = updateTurn({ messages: draft.record[which] }, 0, changes).messages;
  return { ...draft, record: { ...draft.record, [which]: messages } };
}

/** A turn edit (edit-operations) on the input; each turn's typed tool calls move with it. */
function editInput(draft: PreferenceDraft, op: (r: ChatRecord) => ChatRecord, calls: (c: string[]) => string[]): PreferenceDraft {
  const messages = op({ messages: draft.record.input.messages }).messages;
  return { ...draft, record: { ...draft.record, input: { ...draft.record.input, messages } }, inputCalls: calls(draft.inputCalls) };
}

export const updateInputTurn = (draft: PreferenceDraft, index: number, changes: Partial<EditableMessage>) =>
  editInput(
    draft,
    (r) => updateTurn(r, index, changes),
    (c) => c,
  );

export const setInputCalls = (draft: PreferenceDraft, index: number, text: string) =>
  editInput(
    draft,
    (r) => r,
    (c) => c.map((t, i) => (i === index ? text : t)),
  );

export const moveInputTurn = (draft: PreferenceDraft, from: number, to: number) =>
  editInput(
    draft,
    (r) => moveTurn(r, from, to),
    (c) => {
      const next = [...c];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved);
      return next;
    },
  );

export const deleteInputTurn = (draft: PreferenceDraft, index: number) =>
  editInput(
    draft,
    (r) => deleteTurn(r, index),
    (c) => c.filter((_, i) => i !== index),
  );

/** Inserts a turn after `index` (-1: at the start, where a system prompt goes). */
export const addInputTurnAfter = (draft: PreferenceDraft, index: number, message: EditableMessage) =>
  editInput(
    draft,
    (r) => addTurnAfter(r, index, message),
    (c) => [...c.slice(0, index + 1), "", ...c.slice(index + 1)],
  );

export type ParseCalls = (text: string) => ToolCallDraft[] | null;
export type PreparedSave = { ok: true; parts: PreferenceParts } | { ok: false; problem: string };

/**
 * The three parts to save, with the typed tool calls applied. Tool calls that do not
 * parse yet stop the save (they would be lost); everything else is the format check's call.
 */
export function preparePreferenceSave(draft: PreferenceDraft, parseCalls: ParseCalls): PreparedSave {
  let input = { messages: draft.record.input.messages };
  for (const [i, m] of draft.record.input.messages.entries()) {
    // Untouched tool calls stay exactly as stored (keys the editor does not know included).
    if (m.role !== "assistant" || (draft.inputCalls[i] ?? "") === pretty(m.tool_calls)) continue;
    const calls = parseCalls(draft.inputCalls[i] ?? "");
    if (calls === null) return { ok: false, problem: `Fix the tool calls of input turn ${i + 1} first.` };
    input = setToolCalls(input, i, calls);
  }
  const parts: PreferenceParts = { ...draft.record, input: { ...draft.record.input, messages: input.messages } };
  for (const which of ANSWER_KEYS) {
    if (draft.answerCalls[which] === pretty(parts[which][0]?.tool_calls)) continue;
    const calls = parseCalls(draft.answerCalls[which]);
    if (calls === null) return { ok: false, problem: `Fix the tool calls of the ${ANSWER_LABELS[which].toLowerCase()} first.` };
    if (parts[which][0]?.role !== "assistant") continue;
    parts[which] = setToolCalls({ messages: parts[which] }, 0, calls).messages;
  }
  return { ok: true, parts };
}

export const ANSWER_LABELS: Record<AnswerKey, string> = { preferred_output: "Preferred answer", non_preferred_output: "Non-preferred answer" };
