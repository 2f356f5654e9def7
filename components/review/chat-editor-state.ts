import { setToolCalls, type ChatRecord, type EditableMessage } from "@/lib/editing/edit-operations";
import { parseToolCallsText } from "@/lib/editing/tool-calls-text";
import { findDeepNesting, MAX_JSON_DEPTH } from "@/lib/formats/json-depth";

// What the chat editor holds while an annotator works: the turns, each assistant
// turn's tool calls as the JSON text being typed, and the tools as text. One value, so
// a draft, an undo step and a conflict all keep the whole of it.

export type ChatEditorState = { messages: EditableMessage[]; callsText: string[]; toolsText: string };

const pretty = (v: unknown) => (v === undefined || v === null ? "" : JSON.stringify(v, null, 2));

export function initialEditorState(messages: EditableMessage[], tools: unknown): ChatEditorState {
  return { messages, callsText: messages.map((m) => pretty(m.tool_calls)), toolsText: pretty(tools) };
}

export function toolsProblem(toolsText: string): string | null {
  if (!toolsText.trim()) return null;
  // Tools sit one level inside the line; the server refuses the same, but saying so here keeps the edit in the form.
  const deep = findDeepNesting(toolsText, MAX_JSON_DEPTH - 1);
  if (deep) return `Tools are nested deeper than ${MAX_JSON_DEPTH} levels (at tools${deep.path.startsWith("[") ? "" : "."}${deep.path}): flatten them`;
  try {
    return Array.isArray(JSON.parse(toolsText)) ? null : "Tools must be a JSON array of function definitions";
  } catch (e) {
    return `Tools are not valid JSON yet: ${(e as Error).message}`;
  }
}

/** The turns and tools to save, or the first thing the annotator must fix before saving. */
export function toSavable(state: ChatEditorState): { ok: true; messages: EditableMessage[]; tools: unknown[] | null } | { ok: false; error: string } {
  let record: ChatRecord = { messages: state.messages };
  for (const [i, m] of state.messages.entries()) {
    if (m.role !== "assistant") continue;
    const { calls } = parseToolCallsText(state.callsText[i] ?? "");
    if (calls === null) return { ok: false, error: `Fix the tool calls of turn ${i + 1} first.` };
    record = setToolCalls(record, i, calls);
  }
  const problem = toolsProblem(state.toolsText);
  if (problem) return { ok: false, error: problem };
  return { ok: true, messages: record.messages, tools: state.toolsText.trim() ? JSON.parse(state.toolsText) : null };
}
