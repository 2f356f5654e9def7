import { toolCallProblems, type ToolCallDraft } from "./edit-operations";

// An assistant turn's tool calls as the annotator types them (a JSON array in OpenAI's
// shape), read into drafts with every problem to show while typing. null calls: the
// text is not a JSON array yet, so there is nothing to save.

export function parseToolCallsText(text: string): { calls: ToolCallDraft[] | null; problems: string[] } {
  if (text.trim() === "") return { calls: [], problems: [] };
  try {
    const raw = JSON.parse(text);
    if (!Array.isArray(raw)) return { calls: null, problems: ["Tool calls must be a JSON array"] };
    const calls = raw.map((c: { id?: unknown; function?: { name?: unknown; arguments?: unknown } }) => ({
      id: String(c?.id ?? ""),
      name: String(c?.function?.name ?? ""),
      arguments: typeof c?.function?.arguments === "string" ? c.function.arguments : JSON.stringify(c?.function?.arguments ?? ""),
    }));
    return { calls, problems: toolCallProblems(calls) };
  } catch (e) {
    return { calls: null, problems: [`Tool calls are not valid JSON yet: ${(e as Error).message}`] };
  }
}
