import { describeValue } from "../formats/format-errors";
import { checkContent } from "./check-content";
import { checkFunctionCall, checkToolCalls } from "./check-tools";
import { hasText, isBag, type Bag, type ExampleState } from "./example-state";

// One message, by role. `place` says where it sits: a chat line's messages, a
// preference line's input, or one of its outputs (which take no weight).

export type MessagePlace = "chat" | "input" | "output";

export const NO_SYSTEM_MESSAGE = "no system message: if the model will run with a system prompt, add the same one here";

const ROLE_LIST = "system, user, assistant or tool";
const ROLES = new Set(["system", "user", "assistant", "tool", "function"]);
// Roles other formats and other APIs use, and the one OpenAI's training files expect instead.
const ROLE_FIXES = new Map([
  ["developer", "system"],
  ["human", "user"],
  ["customer", "user"],
  ["ai", "assistant"],
  ["bot", "assistant"],
  ["gpt", "assistant"],
  ["model", "assistant"],
  ["chatbot", "assistant"],
]);

export function checkMessage(value: unknown, path: string, place: MessagePlace, s: ExampleState): void {
  if (!isBag(value)) {
    s.findings.add("message_not_object", path, `expected a message object like {"role": "user", "content": "..."}, got ${describeValue(value)}`);
    return;
  }
  const role = value.role;
  switch (role) {
    case "assistant":
      assistantMessage(value, path, place, s);
      return;
    case "system":
    case "user":
      s.seen[role] = true;
      textMessage(value, role, path, s);
      break;
    case "tool":
      textMessage(value, role, path, s);
      toolResult(value, path, s);
      break;
    case "function":
      legacyFunctionResult(value, path, s);
      break;
    default:
      unknownRole(role, path, s);
      return;
  }
  if (value.tool_calls !== undefined) {
    s.findings.add(
      "invalid_tool_call",
      `${path}.tool_calls`,
      `tool_calls is only allowed on assistant messages: move the calls to the assistant turn that makes them`,
    );
  }
  if (value.function_call != null) {
    s.findings.add(
      "invalid_tool_call",
      `${path}.function_call`,
      `function_call is only allowed on assistant messages: move it to the assistant turn that makes the call`,
    );
  }
  if (value.weight !== undefined) {
    s.findings.add("invalid_weight", `${path}.weight`, `weight is only allowed on assistant messages: remove it from this ${role} message`);
  }
}

function textMessage(m: Bag, role: string, path: string, s: ExampleState): void {
  if (checkContent(m.content, role, path, s) !== "empty") return;
  const content = m.content;
  let what = "has no content";
  if (content === null) what = "has content null";
  else if (typeof content === "string") what = "has empty content";
  else if (Array.isArray(content)) what = "has content parts with no text";
  s.findings.add("missing_content", `${path}.content`, `${role} message ${what}: add its text, or remove the message`);
}

function assistantMessage(m: Bag, path: string, place: MessagePlace, s: ExampleState): void {
  if (m.tool_calls !== undefined) checkToolCalls(m.tool_calls, path, s);
  if (m.function_call != null) checkFunctionCall(m.function_call, `${path}.function_call`, s);
  const verdict = checkContent(m.content, "assistant", path, s);
  if (verdict === "empty" && m.tool_calls === undefined && m.function_call == null) {
    s.findings.add("missing_content", `${path}.content`, "assistant message has neither content nor tool_calls: add the reply the model should learn");
  }
  if (place === "output") return; // outputs carry no weight; a stray one shows as an unknown key
  s.seen.assistant++;
  const weight = m.weight;
  if (weight !== undefined && weight !== 0 && weight !== 1) {
    s.findings.add("invalid_weight", `${path}.weight`, `weight must be 0 (leave this reply out of training) or 1 (train on it), got ${JSON.stringify(weight)}`);
  }
  if (weight !== 0) s.seen.trainable++;
}

function toolResult(m: Bag, path: string, s: ExampleState): void {
  const id = m.tool_call_id;
  if (typeof id !== "string" || !hasText(id)) {
    s.findings.add("orphan_tool_message", `${path}.tool_call_id`, "tool message without tool_call_id: set it to the id of the assistant tool call it answers");
  } else if (!s.callIds.has(id)) {
    const known = [...s.callIds.keys()];
    const hint = known.length
      ? `use the id of the call it answers (${known
          .slice(0, 5)
          .map((k) => `"${k}"`)
          .join(", ")}${known.length > 5 ? ", …" : ""})`
      : "add the assistant message that makes the call before it";
    s.findings.add("orphan_tool_message", `${path}.tool_call_id`, `tool_call_id "${id}" matches no tool call made earlier in this example: ${hint}`);
  }
}

// The legacy role from before tools: the result of a function_call, named after the function.
function legacyFunctionResult(m: Bag, path: string, s: ExampleState): void {
  if (typeof m.name !== "string" || !hasText(m.name)) {
    s.findings.add("invalid_tool_call", `${path}.name`, "function messages need the name of the function whose result they carry");
  }
  if (m.content !== null && typeof m.content !== "string") {
    s.findings.add("missing_content", `${path}.content`, `expected the function's result as a string, got ${describeValue(m.content)}`);
  }
}

function unknownRole(role: unknown, path: string, s: ExampleState): void {
  let message: string;
  if (role === undefined) message = `message has no role: set it to ${ROLE_LIST}`;
  else if (typeof role !== "string") message = `expected the role as a string (${ROLE_LIST}), got ${describeValue(role)}`;
  else {
    const lower = role.trim().toLowerCase();
    const fix = ROLES.has(lower) ? lower : ROLE_FIXES.get(lower);
    const advice = fix ? `"${role}" should be "${fix}"` : `use ${ROLE_LIST}`;
    message = `role "${role}" is not one OpenAI fine-tuning accepts: ${advice}`;
  }
  s.findings.add("unknown_role", `${path}.role`, message);
}
