import { checkName, strictSchemaProblem } from "./chat-response-format";
import { InvalidRequest } from "./openai-errors";
import { checkOneOf, emptyArray, invalidType, isObject, missing } from "./param-checks";

// `tools` (or the legacy `functions`), `tool_choice` (or `function_call`) and
// `parallel_tool_calls`, checked in the provider's words and reduced to what the
// stand-in's models need: the function tools, which of them may be called, and whether
// a call is allowed, required or ruled out.

export type FunctionTool = { name: string; description: string; parameters: Record<string, unknown> };

export type ToolSettings = {
  tools: FunctionTool[];
  /** The tools came as `functions`: a call is answered as `function_call`, the legacy way. */
  legacy: boolean;
  mode: "none" | "auto" | "required";
  /** Only these may be called (a named tool_choice, or allowed_tools); null: any. */
  allowed: string[] | null;
  parallel: boolean;
};

function checkFunction(fn: unknown, at: string): FunctionTool {
  if (fn === undefined) throw missing(at);
  if (!isObject(fn)) throw invalidType(at, "an object", fn);
  if (fn.name === undefined) throw missing(`${at}.name`);
  const name = checkName(`${at}.name`, fn.name);
  if (fn.description !== undefined && typeof fn.description !== "string") throw invalidType(`${at}.description`, "a string", fn.description);
  if (fn.parameters !== undefined && !isObject(fn.parameters)) throw invalidType(`${at}.parameters`, "an object", fn.parameters);
  const parameters = (fn.parameters as Record<string, unknown> | undefined) ?? { type: "object", properties: {} };
  if (fn.strict !== undefined && fn.strict !== null && typeof fn.strict !== "boolean") throw invalidType(`${at}.strict`, "a boolean", fn.strict);
  const problem = fn.strict === true ? strictSchemaProblem(parameters) : null;
  if (problem) throw new InvalidRequest(`Invalid schema for function '${name}': ${problem}`, `${at}.parameters`, "invalid_function_parameters");
  return { name, description: (fn.description as string | undefined) ?? "", parameters };
}

function checkToolList(v: unknown): { functions: FunctionTool[]; custom: string[] } {
  if (!Array.isArray(v)) throw invalidType("tools", "an array", v);
  if (v.length === 0) throw emptyArray("tools");
  const functions: FunctionTool[] = [];
  const custom: string[] = [];
  v.forEach((tool, i) => {
    const at = `tools[${i}]`;
    if (!isObject(tool)) throw invalidType(at, "an object", tool);
    if (tool.type === undefined) throw missing(`${at}.type`);
    const type = checkOneOf(`${at}.type`, tool.type, ["function", "custom"]);
    if (type === "function") functions.push(checkFunction(tool.function, `${at}.function`));
    else {
      if (!isObject(tool.custom)) throw tool.custom === undefined ? missing(`${at}.custom`) : invalidType(`${at}.custom`, "an object", tool.custom);
      custom.push(checkName(`${at}.custom.name`, tool.custom.name));
    }
  });
  return { functions, custom };
}

function checkLegacyFunctions(v: unknown): FunctionTool[] {
  if (!Array.isArray(v)) throw invalidType("functions", "an array", v);
  if (v.length === 0) throw emptyArray("functions");
  return v.map((fn, i) => checkFunction(fn, `functions[${i}]`));
}

const notFound = (param: string, name: string) =>
  new InvalidRequest(`Invalid value for '${param}': no tool named '${name}' is among the 'tools' of the request.`, param, "invalid_value");

function namedChoice(param: string, v: Record<string, unknown>, names: string[], custom: string[]): Pick<ToolSettings, "mode" | "allowed"> {
  const type = checkOneOf(`${param}.type`, v.type, ["function", "custom", "allowed_tools"]);
  if (type === "allowed_tools") {
    const allowed = v.allowed_tools;
    if (!isObject(allowed)) throw allowed === undefined ? missing(`${param}.allowed_tools`) : invalidType(`${param}.allowed_tools`, "an object", allowed);
    const mode = checkOneOf(`${param}.allowed_tools.mode`, allowed.mode, ["auto", "required"]);
    if (!Array.isArray(allowed.tools))
      throw allowed.tools === undefined ? missing(`${param}.allowed_tools.tools`) : invalidType(`${param}.allowed_tools.tools`, "an array", allowed.tools);
    const listed = allowed.tools.map((t) =>
      isObject(t) && isObject(t.function) ? String(t.function.name) : isObject(t) && isObject(t.custom) ? String(t.custom.name) : "",
    );
    const unknown = listed.find((n) => !names.includes(n) && !custom.includes(n));
    if (unknown !== undefined) throw notFound(`${param}.allowed_tools.tools`, unknown);
    return { mode, allowed: listed };
  }
  const inner = v[type];
  if (!isObject(inner)) throw inner === undefined ? missing(`${param}.${type}`) : invalidType(`${param}.${type}`, "an object", inner);
  if (inner.name === undefined) throw missing(`${param}.${type}.name`);
  if (typeof inner.name !== "string") throw invalidType(`${param}.${type}.name`, "a string", inner.name);
  if (!(type === "function" ? names : custom).includes(inner.name)) throw notFound(param, inner.name);
  return { mode: "required", allowed: [inner.name] };
}

export function checkTools(body: Record<string, unknown>): ToolSettings {
  const listed = body.tools === undefined || body.tools === null ? null : checkToolList(body.tools);
  const legacy = listed === null && body.functions !== undefined && body.functions !== null;
  const tools = listed?.functions ?? (legacy ? checkLegacyFunctions(body.functions) : []);
  const custom = listed?.custom ?? [];
  const names = tools.map((t) => t.name);
  const param = legacy ? "function_call" : "tool_choice";
  const choice = legacy ? body.function_call : body.tool_choice;
  const any = tools.length + custom.length > 0;
  if (body.parallel_tool_calls !== undefined && body.parallel_tool_calls !== null) {
    if (typeof body.parallel_tool_calls !== "boolean") throw invalidType("parallel_tool_calls", "a boolean", body.parallel_tool_calls);
    if (!any)
      throw new InvalidRequest(
        "Invalid value for 'parallel_tool_calls': 'parallel_tool_calls' is only allowed when 'tools' are specified.",
        "parallel_tool_calls",
        null,
      );
  }
  const parallel = body.parallel_tool_calls !== false && !legacy;
  if (choice === undefined || choice === null) return { tools, legacy, mode: any ? "auto" : "none", allowed: null, parallel };
  if (!any)
    throw new InvalidRequest(`Invalid value for '${param}': '${param}' is only allowed when '${legacy ? "functions" : "tools"}' are specified.`, param, null);
  if (typeof choice === "string") {
    const mode = checkOneOf(param, choice, legacy ? (["none", "auto"] as const) : (["none", "auto", "required"] as const));
    return { tools, legacy, mode, allowed: null, parallel };
  }
  if (!isObject(choice)) throw invalidType(param, "a string or an object", choice);
  if (legacy) {
    if (typeof choice.name !== "string") throw choice.name === undefined ? missing(`${param}.name`) : invalidType(`${param}.name`, "a string", choice.name);
    if (!names.includes(choice.name)) throw notFound(param, choice.name);
    return { tools, legacy, mode: "required", allowed: [choice.name], parallel };
  }
  if (choice.type === undefined) throw missing(`${param}.type`);
  return { tools, legacy, ...namedChoice(param, choice, names, custom), parallel };
}
