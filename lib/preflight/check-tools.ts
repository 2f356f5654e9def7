import { describeValue } from "../formats/format-errors";
import { jsonReason } from "../formats/parse-line";
import { appendSegment } from "../formats/paths";
import { FUNCTION_NAME } from "../formats/schemas";
import { hasText, isBag, type Bag, type ExampleState } from "./example-state";

// Tool calls and tool definitions: the part of a line OpenAI checks most strictly
// and users most often write by hand (arguments as an object, made-up ids).

const CALL_SHAPE = `{"id": "call_1", "type": "function", "function": {"name": "...", "arguments": "{...}"}}`;
const TOOL_SHAPE = `{"type": "function", "function": {"name": "...", "parameters": {...}}}`;

const invalid = (s: ExampleState, path: string, message: string) => s.findings.add("invalid_tool_call", path, message);

/** Checks an assistant's `tool_calls`; true when it holds at least one call. */
export function checkToolCalls(calls: unknown, path: string, s: ExampleState): boolean {
  const at = `${path}.tool_calls`;
  if (!Array.isArray(calls)) {
    invalid(s, at, `expected a list of tool calls like [${CALL_SHAPE}], got ${describeValue(calls)}`);
    return false;
  }
  if (calls.length === 0) {
    invalid(s, at, "tool_calls is an empty list: add the calls the assistant makes, or leave tool_calls out");
    return false;
  }
  for (let j = 0; j < calls.length; j++) checkToolCall(calls[j], `${at}[${j}]`, s);
  return true;
}

function checkToolCall(call: unknown, at: string, s: ExampleState): void {
  if (!isBag(call)) {
    invalid(s, at, `expected a tool call like ${CALL_SHAPE}, got ${describeValue(call)}`);
    return;
  }
  const id = call.id;
  if (typeof id !== "string" || !hasText(id)) {
    invalid(s, `${at}.id`, `every tool call needs an id (a string such as "call_1"), which its tool message repeats as tool_call_id`);
  } else {
    const earlier = s.callIds.get(id);
    if (earlier === undefined) s.callIds.set(id, at);
    else invalid(s, `${at}.id`, `id "${id}" is already used by ${earlier}: give each tool call in an example its own id`);
  }
  if (call.type !== "function") {
    invalid(s, `${at}.type`, call.type === undefined ? `required: set type to "function"` : `expected "function", got ${JSON.stringify(call.type)}`);
  }
  checkFunctionCall(call.function, `${at}.function`, s);
}

/** A call's `function` (and the legacy `function_call`): a valid name and JSON-object arguments. */
export function checkFunctionCall(fn: unknown, at: string, s: ExampleState): void {
  if (!isBag(fn)) {
    const got = fn === undefined ? "required" : `got ${describeValue(fn)}`;
    invalid(s, at, `${got}: expected {"name": "...", "arguments": "{...}"} naming the function called`);
    return;
  }
  checkName(fn.name, `${at}.name`, s);
  checkArguments(fn.arguments, `${at}.arguments`, s);
}

function checkName(name: unknown, at: string, s: ExampleState): void {
  if (typeof name !== "string") {
    invalid(s, at, name === undefined ? "required: the function's name" : `expected the function's name as a string, got ${describeValue(name)}`);
  } else if (!FUNCTION_NAME.test(name)) {
    invalid(s, at, `function name ${JSON.stringify(name)} is not allowed: use only letters, digits, _ and -, at most 64 characters`);
  }
}

function checkArguments(args: unknown, at: string, s: ExampleState): void {
  if (typeof args !== "string") {
    let message = `expected the arguments as JSON text, got ${describeValue(args)}`;
    if (args === undefined) message = `required: the call's arguments as JSON text, such as "{}"`;
    else if (isBag(args)) message = "arguments is an object: tool call arguments are JSON text, so encode the object with JSON.stringify";
    invalid(s, at, message);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(args);
  } catch (error) {
    invalid(s, at, `arguments is not valid JSON (${jsonReason(error)}): write the arguments as a JSON object in a string, such as "{\\"city\\": \\"Paris\\"}"`);
    return;
  }
  if (!isBag(value)) invalid(s, at, `arguments must be a JSON object such as {"city": "Paris"}, got ${describeValue(value)}`);
}

/** `tools`, legacy `functions` and `parallel_tool_calls` of a chat line (base "") or a preference input (base "input"). */
export function checkToolFields(holder: Bag, base: string, s: ExampleState): void {
  if (holder.tools !== undefined) checkList(holder.tools, appendSegment(base, "tools"), s, checkTool);
  if (holder.functions !== undefined) checkList(holder.functions, appendSegment(base, "functions"), s, checkDefinition);
  const parallel = holder.parallel_tool_calls;
  if (parallel !== undefined && typeof parallel !== "boolean") {
    invalid(s, appendSegment(base, "parallel_tool_calls"), `expected true or false, got ${describeValue(parallel)}`);
  }
}

function checkList(list: unknown, at: string, s: ExampleState, each: (item: unknown, at: string, s: ExampleState) => void) {
  if (!Array.isArray(list)) {
    invalid(s, at, `expected a list of tool definitions like [${TOOL_SHAPE}], got ${describeValue(list)}`);
    return;
  }
  for (let k = 0; k < list.length; k++) each(list[k], `${at}[${k}]`, s);
}

function checkTool(tool: unknown, at: string, s: ExampleState): void {
  if (!isBag(tool)) {
    invalid(s, at, `expected a tool definition like ${TOOL_SHAPE}, got ${describeValue(tool)}`);
    return;
  }
  if (tool.type !== "function") {
    invalid(s, `${at}.type`, tool.type === undefined ? `required: set type to "function"` : `expected "function", got ${JSON.stringify(tool.type)}`);
  }
  checkDefinition(tool.function, `${at}.function`, s);
}

function checkDefinition(fn: unknown, at: string, s: ExampleState): void {
  if (!isBag(fn)) {
    const got = fn === undefined ? "required" : `got ${describeValue(fn)}`;
    invalid(s, at, `${got}: expected {"name": "...", "description": "...", "parameters": {...}} describing the function`);
    return;
  }
  checkName(fn.name, `${at}.name`, s);
  if (fn.description !== undefined && typeof fn.description !== "string") {
    invalid(s, `${at}.description`, `expected the description as a string, got ${describeValue(fn.description)}`);
  }
  if (fn.parameters !== undefined && !isBag(fn.parameters)) {
    invalid(s, `${at}.parameters`, `expected a JSON Schema object such as {"type": "object", "properties": {...}}, got ${describeValue(fn.parameters)}`);
  }
  if (fn.strict !== undefined && fn.strict !== null && typeof fn.strict !== "boolean") {
    invalid(s, `${at}.strict`, `expected true or false, got ${describeValue(fn.strict)}`);
  }
}
