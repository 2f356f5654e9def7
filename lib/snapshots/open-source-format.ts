// A snapshot's lines in the chat JSONL that open-source trainers read, so a team can
// leave a provider without leaving its data behind: Hugging Face TRL (SFTTrainer's
// conversational "messages" format, DPOTrainer's conversational "prompt"/"chosen"/
// "rejected" format) and Axolotl (`type: chat_template`, `chat_template.default` for
// DPO). Both render messages through the model's own chat template, which expects:
// text content as a string; tool calls as {type: "function", function: {name,
// arguments}} with the arguments as an object, not JSON text; tool results as role
// "tool"; and the tool definitions in a top-level `tools` list. What the conversion
// changes is counted, so the README can say it.

export type ConversionNotes = {
  records: number;
  toolCalls: number;
  /** Assistant turns OpenAI would not train on (weight 0): these formats have no per-turn weight. */
  untrainedTurns: number;
  /** Weights removed (0 and 1 alike). */
  weightsDropped: number;
  imagePartsDropped: number;
  /** Content given as a list of text parts, joined into one string. */
  partsJoined: number;
  /** Tool-call arguments that were not a JSON object, kept as the text they were. */
  argumentsKeptAsText: number;
  developerAsSystem: number;
  /** Legacy function calls and results written as tool calls and tool results. */
  legacyFunctions: number;
  refusalsAsContent: number;
  /** `name` on user, assistant or system messages, which chat templates do not read. */
  namesDropped: number;
  parallelToolCallsDropped: number;
};

export const emptyNotes = (): ConversionNotes => ({
  records: 0,
  toolCalls: 0,
  untrainedTurns: 0,
  weightsDropped: 0,
  imagePartsDropped: 0,
  partsJoined: 0,
  argumentsKeptAsText: 0,
  developerAsSystem: 0,
  legacyFunctions: 0,
  refusalsAsContent: 0,
  namesDropped: 0,
  parallelToolCallsDropped: 0,
});

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === "object" && v !== null && !Array.isArray(v);

export type OpenSourceMessage = {
  role: string;
  content: string;
  tool_calls?: { id?: string; type: "function"; function: { name: string; arguments: unknown } }[];
  tool_call_id?: string;
  name?: string;
};

/** One OpenAI line (chat or preference) as an open-source chat JSONL line. */
export function toOpenSourceLine(line: string, notes: ConversionNotes): string {
  const record: unknown = JSON.parse(line);
  if (!isBag(record)) throw new Error("expected a JSON object");
  notes.records++;
  if (record.parallel_tool_calls !== undefined || (isBag(record.input) && record.input.parallel_tool_calls !== undefined)) notes.parallelToolCallsDropped++;
  if (Array.isArray(record.messages)) {
    const out: Bag = { messages: convertMessages(record.messages, notes) };
    const tools = convertTools(record, notes);
    if (tools) out.tools = tools;
    return JSON.stringify(out);
  }
  if (isBag(record.input)) {
    // One call-id map for the prompt and both answers: an answer may call a tool the prompt defined.
    const names = new Map<string, string>();
    const out: Bag = {
      prompt: convertMessages(asList(record.input.messages), notes, names),
      chosen: convertMessages(asList(record.preferred_output), notes, names),
      rejected: convertMessages(asList(record.non_preferred_output), notes, names),
    };
    const tools = convertTools(record.input, notes);
    if (tools) out.tools = tools;
    return JSON.stringify(out);
  }
  throw new Error("expected messages (a chat line) or input (a preference line)");
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function convertMessages(messages: unknown[], notes: ConversionNotes, callNames = new Map<string, string>()): OpenSourceMessage[] {
  const out: OpenSourceMessage[] = [];
  for (const m of messages) {
    if (!isBag(m)) continue;
    let role = typeof m.role === "string" ? m.role : "user";
    if (role === "developer") {
      role = "system";
      notes.developerAsSystem++;
    }
    if ("weight" in m) {
      notes.weightsDropped++;
      if (m.weight === 0) notes.untrainedTurns++;
    }
    if (role === "function") {
      // Legacy function result: a tool result named after its function.
      notes.legacyFunctions++;
      out.push({ role: "tool", content: textOf(m.content, notes), ...(typeof m.name === "string" ? { name: m.name } : {}) });
      continue;
    }
    const message: OpenSourceMessage = { role, content: textOf(m.content, notes) };
    if (role === "assistant") {
      if (message.content === "" && typeof m.refusal === "string") {
        message.content = m.refusal;
        notes.refusalsAsContent++;
      }
      const calls = toolCalls(m, notes, callNames);
      if (calls.length) message.tool_calls = calls;
    }
    if (role === "tool") {
      if (typeof m.tool_call_id === "string") {
        message.tool_call_id = m.tool_call_id;
        const name = callNames.get(m.tool_call_id);
        if (name) message.name = name;
      }
    } else if (typeof m.name === "string") {
      notes.namesDropped++;
    }
    out.push(message);
  }
  return out;
}

function textOf(content: unknown, notes: ConversionNotes): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  const texts: string[] = [];
  for (const part of content) {
    if (!isBag(part)) continue;
    if (typeof part.text === "string") texts.push(part.text);
    else if (typeof part.refusal === "string") texts.push(part.refusal);
    else if (part.type === "image_url") notes.imagePartsDropped++;
  }
  notes.partsJoined++;
  return texts.join("\n");
}

function toolCalls(m: Bag, notes: ConversionNotes, callNames: Map<string, string>): NonNullable<OpenSourceMessage["tool_calls"]> {
  const calls: NonNullable<OpenSourceMessage["tool_calls"]> = [];
  for (const call of asList(m.tool_calls)) {
    if (!isBag(call) || !isBag(call.function)) continue;
    const name = String(call.function.name ?? "");
    const id = typeof call.id === "string" ? call.id : undefined;
    if (id) callNames.set(id, name);
    calls.push({ ...(id ? { id } : {}), type: "function", function: { name, arguments: argumentsOf(call.function.arguments, notes) } });
    notes.toolCalls++;
  }
  if (isBag(m.function_call)) {
    notes.legacyFunctions++;
    notes.toolCalls++;
    calls.push({ type: "function", function: { name: String(m.function_call.name ?? ""), arguments: argumentsOf(m.function_call.arguments, notes) } });
  }
  return calls;
}

/** Chat templates render arguments from an object; text that is not a JSON object stays text. */
function argumentsOf(args: unknown, notes: ConversionNotes): unknown {
  if (isBag(args)) return args;
  if (typeof args === "string") {
    try {
      const parsed: unknown = JSON.parse(args);
      if (isBag(parsed)) return parsed;
    } catch {
      // kept as text below
    }
  }
  notes.argumentsKeptAsText++;
  return args ?? "";
}

function convertTools(host: Bag, notes: ConversionNotes): unknown[] | null {
  if (Array.isArray(host.tools) && host.tools.length) return host.tools;
  if (Array.isArray(host.functions) && host.functions.length) {
    notes.legacyFunctions++;
    return host.functions.map((f) => ({ type: "function", function: f }));
  }
  return null;
}
