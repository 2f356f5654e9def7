import { InvalidRequest } from "./openai-errors";
import { checkOneOf, emptyArray, invalidType, isObject, missing } from "./param-checks";

// The `messages` of a chat completion request, checked as the provider checks them:
// each role's required fields and content part types, then the pairing of tool calls
// with tool results (a tool message answers an assistant message's tool_calls, and
// every call is answered before the conversation goes on).

export const ROLES = ["system", "developer", "user", "assistant", "tool", "function"] as const;
export type Role = (typeof ROLES)[number];

export type ToolCall = { id: string; type: "function"; function: { name: string; arguments: string } };

export type RequestMessage = {
  role: Role;
  /** A string, content parts, or null beside tool calls. */
  content: string | Record<string, unknown>[] | null;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  function_call?: { name: string; arguments: string };
};

const PART_TYPES: Record<Role, readonly string[]> = {
  system: ["text"],
  developer: ["text"],
  tool: ["text"],
  function: ["text"],
  user: ["text", "image_url", "input_audio", "file"],
  assistant: ["text", "refusal"],
};

/** The words a message shows the model: its text, or its text parts joined. */
export function messageText(m: Pick<RequestMessage, "content">): string {
  if (typeof m.content === "string") return m.content;
  if (!Array.isArray(m.content)) return "";
  return m.content
    .map((p) => (typeof p.text === "string" ? p.text : typeof p.refusal === "string" ? p.refusal : ""))
    .filter((t) => t !== "")
    .join("\n");
}

function checkContent(v: unknown, role: Role, at: string): RequestMessage["content"] {
  if (typeof v === "string") return v;
  if (!Array.isArray(v)) throw invalidType(`${at}.content`, "a string or an array of content parts", v);
  if (v.length === 0) throw emptyArray(`${at}.content`);
  v.forEach((part, j) => {
    const where = `${at}.content[${j}]`;
    if (!isObject(part)) throw invalidType(where, "an object", part);
    if (part.type === undefined) throw missing(`${where}.type`);
    checkOneOf(`${where}.type`, part.type, PART_TYPES[role]);
    if (part.type === "text" && typeof part.text !== "string")
      throw part.text === undefined ? missing(`${where}.text`) : invalidType(`${where}.text`, "a string", part.text);
  });
  return v as Record<string, unknown>[];
}

function checkToolCalls(v: unknown, at: string): ToolCall[] {
  if (!Array.isArray(v)) throw invalidType(`${at}.tool_calls`, "an array", v);
  return v.map((call, j) => {
    const where = `${at}.tool_calls[${j}]`;
    if (!isObject(call)) throw invalidType(where, "an object", call);
    for (const key of ["id", "type", "function"]) if (call[key] === undefined) throw missing(`${where}.${key}`);
    checkOneOf(`${where}.type`, call.type, ["function"]);
    if (typeof call.id !== "string") throw invalidType(`${where}.id`, "a string", call.id);
    const fn = call.function;
    if (!isObject(fn)) throw invalidType(`${where}.function`, "an object", fn);
    if (typeof fn.name !== "string")
      throw fn.name === undefined ? missing(`${where}.function.name`) : invalidType(`${where}.function.name`, "a string", fn.name);
    if (typeof fn.arguments !== "string")
      throw fn.arguments === undefined ? missing(`${where}.function.arguments`) : invalidType(`${where}.function.arguments`, "a string", fn.arguments);
    return { id: call.id, type: "function", function: { name: fn.name, arguments: fn.arguments } };
  });
}

function checkMessage(m: unknown, i: number): RequestMessage {
  const at = `messages[${i}]`;
  if (!isObject(m)) throw invalidType(at, "an object", m);
  if (m.role === undefined) throw missing(`${at}.role`);
  const role = checkOneOf(`${at}.role`, m.role, ROLES);
  if (m.name !== undefined && typeof m.name !== "string") throw invalidType(`${at}.name`, "a string", m.name);
  const message: RequestMessage = { role, content: null };
  if (role === "assistant") {
    if (m.tool_calls !== undefined && m.tool_calls !== null) message.tool_calls = checkToolCalls(m.tool_calls, at);
    if (isObject(m.function_call)) message.function_call = { name: String(m.function_call.name ?? ""), arguments: String(m.function_call.arguments ?? "") };
    const calls = (message.tool_calls?.length ?? 0) > 0 || message.function_call !== undefined;
    if (m.content === undefined || m.content === null) {
      if (!calls) throw missing(`${at}.content`);
    } else message.content = checkContent(m.content, role, at);
    return message;
  }
  if (role === "function") {
    if (typeof m.name !== "string") throw missing(`${at}.name`);
    if (m.content !== null && m.content !== undefined) message.content = checkContent(m.content, role, at);
    return message;
  }
  if (m.content === undefined || m.content === null) throw missing(`${at}.content`);
  message.content = checkContent(m.content, role, at);
  if (role === "tool") {
    if (m.tool_call_id === undefined) throw missing(`${at}.tool_call_id`);
    if (typeof m.tool_call_id !== "string") throw invalidType(`${at}.tool_call_id`, "a string", m.tool_call_id);
    message.tool_call_id = m.tool_call_id;
  }
  return message;
}

/** Every tool message answers the assistant message's calls just before it, and every call gets its answer. */
function checkToolPairing(messages: RequestMessage[]) {
  let waiting: { at: number; ids: Set<string> } | null = null;
  const unanswered = (w: { at: number; ids: Set<string> }) =>
    new InvalidRequest(
      `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${[...w.ids].join(", ")}`,
      `messages.[${w.at}].role`,
      null,
    );
  let toolsAllowed = false;
  messages.forEach((m, i) => {
    if (m.role === "tool") {
      if (!toolsAllowed)
        throw new InvalidRequest(
          "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
          `messages.[${i}].role`,
          null,
        );
      waiting?.ids.delete(m.tool_call_id ?? "");
      return;
    }
    if (waiting && waiting.ids.size > 0) throw unanswered(waiting);
    const calls = m.role === "assistant" ? (m.tool_calls ?? []) : [];
    waiting = calls.length > 0 ? { at: i, ids: new Set(calls.map((c) => c.id)) } : null;
    toolsAllowed = calls.length > 0;
  });
  const last = waiting as { at: number; ids: Set<string> } | null;
  if (last && last.ids.size > 0) throw unanswered(last);
}

export function checkMessages(v: unknown): RequestMessage[] {
  if (v === undefined) throw missing("messages");
  if (!Array.isArray(v)) throw invalidType("messages", "an array", v);
  if (v.length === 0) throw emptyArray("messages");
  const messages = v.map(checkMessage);
  checkToolPairing(messages);
  return messages;
}
