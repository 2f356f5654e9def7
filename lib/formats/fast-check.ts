import { appendSegment } from "./paths";
import {
  assistantMessageSchema,
  chatLineSchema,
  FUNCTION_NAME,
  outputMessageSchema,
  preferenceLineSchema,
  systemMessageSchema,
  toolCallSchema,
  toolMessageSchema,
  toolSchema,
  userMessageSchema,
  type LineKind,
} from "./schemas";

// The import hot path. Running zod and then the schema-guided walk in strict.ts on
// every line costs about as much as JSON.parse itself; this single hand-written pass
// decides validity and lists unknown keys together. It only has to be right when it
// says yes: anything it is unsure of (media parts, legacy functions, any error)
// returns null and parse-line asks zod, which has the final word. A test checks that
// the two agree on mutated real lines. Known keys still come from the zod shapes.

type Obj = Record<string, unknown>;

const keysOf = (schema: { shape: object }) => new Set(Object.keys(schema.shape));
const KEYS = {
  chat: keysOf(chatLineSchema),
  preference: keysOf(preferenceLineSchema),
  input: keysOf(preferenceLineSchema.shape.input),
  system: keysOf(systemMessageSchema),
  user: keysOf(userMessageSchema),
  assistant: keysOf(assistantMessageSchema),
  output: keysOf(outputMessageSchema),
  tool: keysOf(toolMessageSchema),
  toolCall: keysOf(toolCallSchema),
  toolCallFunction: keysOf(toolCallSchema.shape.function),
  toolDef: keysOf(toolSchema),
  functionDef: keysOf(toolSchema.shape.function),
  textPart: new Set(["type", "text"]),
};

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const optString = (v: unknown) => v === undefined || typeof v === "string";

function collectUnknown(value: Obj, known: Set<string>, path: string, unknown: string[]): void {
  for (const key in value) if (!known.has(key)) unknown.push(appendSegment(path, key));
}

// Content as a string or a non-empty list of text parts; other part types go to zod.
function textContent(content: unknown, path: string, unknown: string[]): boolean {
  if (typeof content === "string") return true;
  if (!Array.isArray(content) || content.length === 0) return false;
  for (let i = 0; i < content.length; i++) {
    const part = content[i];
    if (!isObj(part) || part.type !== "text" || typeof part.text !== "string") return false;
    collectUnknown(part, KEYS.textPart, `${path}.content[${i}]`, unknown);
  }
  return true;
}

function toolCalls(calls: unknown, path: string, unknown: string[]): boolean {
  if (calls === undefined) return true;
  if (!Array.isArray(calls) || calls.length === 0) return false;
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i];
    if (!isObj(call) || typeof call.id !== "string" || call.type !== "function") return false;
    const fn = call.function;
    if (!isObj(fn) || typeof fn.name !== "string" || typeof fn.arguments !== "string") return false;
    const at = `${path}.tool_calls[${i}]`;
    collectUnknown(call, KEYS.toolCall, at, unknown);
    collectUnknown(fn, KEYS.toolCallFunction, `${at}.function`, unknown);
  }
  return true;
}

function assistant(m: Obj, path: string, unknown: string[], output: boolean): boolean {
  if (m.role !== "assistant") return false;
  if (m.content != null && !textContent(m.content, path, unknown)) return false;
  if (m.refusal !== null && !optString(m.refusal)) return false;
  if (!optString(m.name) || m.function_call != null || !toolCalls(m.tool_calls, path, unknown)) return false;
  if (m.content == null && m.tool_calls === undefined) return false;
  if (!output && m.weight !== undefined && m.weight !== 0 && m.weight !== 1) return false;
  collectUnknown(m, output ? KEYS.output : KEYS.assistant, path, unknown);
  return true;
}

function message(m: unknown, path: string, unknown: string[]): boolean {
  if (!isObj(m)) return false;
  switch (m.role) {
    case "assistant":
      return assistant(m, path, unknown, false);
    case "system":
    case "user":
      if (m.weight !== undefined || !optString(m.name)) return false;
      if (!textContent(m.content, path, unknown)) return false;
      collectUnknown(m, m.role === "user" ? KEYS.user : KEYS.system, path, unknown);
      return true;
    case "tool":
      if (m.weight !== undefined || typeof m.tool_call_id !== "string") return false;
      if (!textContent(m.content, path, unknown)) return false;
      collectUnknown(m, KEYS.tool, path, unknown);
      return true;
    default:
      return false;
  }
}

// `tools`, `parallel_tool_calls` and (legacy, left to zod) `functions`, shared by
// a chat line and a preference input.
function toolFields(v: Obj, path: string, unknown: string[]): boolean {
  if (v.functions !== undefined) return false;
  if (v.parallel_tool_calls !== undefined && typeof v.parallel_tool_calls !== "boolean") return false;
  if (v.tools === undefined) return true;
  if (!Array.isArray(v.tools)) return false;
  for (let i = 0; i < v.tools.length; i++) {
    const tool = v.tools[i];
    if (!isObj(tool) || tool.type !== "function" || !isObj(tool.function)) return false;
    const fn = tool.function;
    if (typeof fn.name !== "string" || !FUNCTION_NAME.test(fn.name) || !optString(fn.description)) return false;
    if (fn.parameters !== undefined && !isObj(fn.parameters)) return false;
    if (fn.strict !== undefined && fn.strict !== null && typeof fn.strict !== "boolean") return false;
    const at = appendSegment(path, "tools") + `[${i}]`;
    collectUnknown(tool, KEYS.toolDef, at, unknown);
    collectUnknown(fn, KEYS.functionDef, `${at}.function`, unknown);
  }
  return true;
}

function messages(list: unknown, path: string, unknown: string[]): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!message(list[i], `${path}[${i}]`, unknown)) return false;
  return true;
}

function output(list: unknown, path: string, unknown: string[]): boolean {
  return Array.isArray(list) && list.length === 1 && isObj(list[0]) && assistant(list[0], `${path}[0]`, unknown, true);
}

/** Unknown key paths when the line is certainly valid; null when zod must decide. */
export function fastCheck(value: Obj, kind: LineKind): string[] | null {
  const unknown: string[] = [];
  if (kind === "chat") {
    const list = value.messages;
    if (!messages(list, "messages", unknown) || !toolFields(value, "", unknown)) return null;
    if (!(list as Obj[]).some((m) => m.role === "assistant")) return null;
    collectUnknown(value, KEYS.chat, "", unknown);
    return unknown;
  }
  const input = value.input;
  if (!isObj(input) || !Array.isArray(input.messages) || input.messages.length === 0) return null;
  if (!messages(input.messages, "input.messages", unknown) || !toolFields(input, "input", unknown)) return null;
  if (!output(value.preferred_output, "preferred_output", unknown)) return null;
  if (!output(value.non_preferred_output, "non_preferred_output", unknown)) return null;
  collectUnknown(input, KEYS.input, "input", unknown);
  collectUnknown(value, KEYS.preference, "", unknown);
  return unknown;
}
