import { messageText, type RequestMessage } from "./chat-messages";
import type { ChatRequest } from "./chat-request";
import { firstNumber, valueFor } from "./chat-schema-values";
import type { FunctionTool } from "./chat-tools-request";
import { contentWordsOf, digest, firstWords, wordsOf } from "./chat-words";

// What a base model answers: deterministic, derived from the last user message, and
// plainly not what a fine-tune that learned its data would say. It restates the
// question in a line and closes with a sentence fixed per model family (so two base
// families differ too). Given tools, it calls the ones the message mentions (by name,
// or by every meaningful word of the name), with arguments filled from the message.

export type Answer = { content: string | null; toolCalls: { name: string; arguments: string }[] };

const CLOSINGS = [
  "the short answer depends on the details, so start with the essentials and refine from there.",
  "a careful answer covers the key facts first, then the exceptions that apply to your case.",
  "in brief, begin with the main point, check it against your own situation, and ask again for more detail.",
];

/** Snapshots answer like their family: gpt-4o-mini-2024-07-18 like gpt-4o-mini. */
const family = (base: string) => base.replace(/-\d{4}-\d{2}-\d{2}$|-\d{4}$/, "");

export const closingFor = (base: string) => CLOSINGS[digest(family(base))[0] % CLOSINGS.length];

const RESTATED_WORDS = 24;

/** The text of the last user message, or "" when there is none. */
export function lastUserText(messages: RequestMessage[]): string {
  const last = messages.findLast((m) => m.role === "user");
  return last ? messageText(last) : "";
}

// Verbs so common in tool names that they say nothing about what the user asked for.
const GENERIC = new Set([
  "get",
  "set",
  "list",
  "create",
  "update",
  "delete",
  "fetch",
  "find",
  "search",
  "lookup",
  "make",
  "run",
  "call",
  "send",
  "add",
  "remove",
  "check",
  "compute",
  "calculate",
  "tool",
  "function",
  "api",
]);

const nameParts = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);

/** get_current_weather is mentioned by its name, or by "current" and "weather" both. */
export function mentions(text: string, tool: Pick<FunctionTool, "name">): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(tool.name.toLowerCase())) return true;
  const meaningful = nameParts(tool.name).filter((w) => w.length >= 3 && !GENERIC.has(w));
  if (meaningful.length === 0) return false;
  const present = new Set(wordsOf(lower));
  return meaningful.every((w) => present.has(w));
}

/** Arguments for `tool` from the message: its words other than the tool's own name and numbers, and its first number. */
export function argumentsFor(tool: FunctionTool, text: string): string {
  const own = new Set(nameParts(tool.name));
  const words = contentWordsOf(text).filter((w) => !own.has(w.toLowerCase()) && !/^\d+$/.test(w));
  return JSON.stringify(valueFor(tool.parameters, { words, number: firstNumber(text) }));
}

/** The calls a base model makes for this request: none, the tools mentioned, or (when required) at least one. */
export function baseToolCalls(request: ChatRequest): Answer["toolCalls"] {
  const { tools, mode, allowed, parallel, legacy } = request.tools;
  if (mode === "none" || tools.length === 0) return [];
  const last = request.messages.at(-1);
  // After a tool's result the model answers in words unless it must call again.
  if (mode !== "required" && (last?.role === "tool" || last?.role === "function")) return [];
  const text = lastUserText(request.messages);
  const callable = tools.filter((t) => allowed === null || allowed.includes(t.name));
  if (callable.length === 0) return [];
  let chosen = callable.filter((t) => mentions(text, t));
  if (chosen.length === 0 && mode === "required") chosen = [callable[0]];
  if (!parallel || legacy) chosen = chosen.slice(0, 1);
  return chosen.map((t) => ({ name: t.name, arguments: argumentsFor(t, text) }));
}

/** The base model's words: the question restated, then its family's closing sentence. */
export function baseText(request: ChatRequest, base: string): string {
  const closing = closingFor(base);
  const last = request.messages.at(-1);
  if (last && (last.role === "tool" || last.role === "function")) {
    const result = firstWords(messageText(last), RESTATED_WORDS);
    return `The tool returned "${result}": ${closing}`;
  }
  const question = firstWords(lastUserText(request.messages) || (last ? messageText(last) : ""), RESTATED_WORDS);
  return question === "" ? `About your message: ${closing}` : `About "${question}": ${closing}`;
}

export function baseAnswer(request: ChatRequest, base: string): Answer {
  const toolCalls = baseToolCalls(request);
  return toolCalls.length > 0 ? { content: null, toolCalls } : { content: baseText(request, base), toolCalls: [] };
}
