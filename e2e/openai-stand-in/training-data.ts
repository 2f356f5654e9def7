// What the provider checks in a fine-tuning file while a job is validating_files: each
// line one example in the shape the method and model need (chat `messages`, preference
// `input` / `preferred_output` / `non_preferred_output`, or `prompt` / `completion` for
// babbage-002 and davinci-002), and at least 10 training examples. It also counts the
// tokens the job bills: a deterministic stand-in of the tokenizer, one token per four
// characters of each example's JSON text, rounded up.

export type DataFormat = "chat" | "preference" | "completion";

export type DataSummary = { examples: number; tokens: number };

export type DataProblem = { code: string; message: string; param: "training_file" | "validation_file" };

export const MIN_TRAINING_EXAMPLES = 10;

const ROLES = ["system", "user", "assistant", "tool", "function"];

type Line = { line: number; value: unknown; text: string };

/** The non-blank lines of a JSONL file parsed, or the first line that is not JSON. */
export function readJsonl(content: Buffer): { lines: Line[] } | { badLine: number } {
  const lines: Line[] = [];
  const texts = content.toString("utf8").split("\n");
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i].replace(/\r$/, "");
    if (text.trim() === "") continue;
    try {
      lines.push({ line: i + 1, value: JSON.parse(text), text });
    } catch {
      return { badLine: i + 1 };
    }
  }
  return { lines };
}

/** Why a file uploaded for fine-tuning cannot be processed (its status becomes `error`), or null. */
export function uploadProblem(content: Buffer): string | null {
  const read = readJsonl(content);
  if ("badLine" in read) return `Invalid file format. Line ${read.badLine} is not valid JSON. Each line of a .jsonl file must be one JSON object.`;
  if (read.lines.length === 0) return "Invalid file format. The file has no lines.";
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function messagesProblem(messages: unknown, where: string, needAssistant: boolean): string | null {
  if (!Array.isArray(messages) || messages.length === 0) return `${where}: "messages" must be a non-empty list of messages.`;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (!isObject(m)) return `${where}, message ${i + 1}: each message must be an object with "role" and "content".`;
    if (!ROLES.includes(m.role as string))
      return `${where}, message ${i + 1}: unrecognized role ${JSON.stringify(m.role)}; use system, user, assistant or tool.`;
    const toolCall = m.role === "assistant" && (m.tool_calls !== undefined || m.function_call !== undefined);
    if (m.content === undefined && !toolCall) return `${where}, message ${i + 1}: missing "content".`;
  }
  if (needAssistant && !messages.some((m) => isObject(m) && m.role === "assistant")) return `${where}: no assistant message to learn from.`;
  return null;
}

function exampleProblem(format: DataFormat, value: unknown, line: number): string | null {
  const where = `Line ${line}`;
  if (!isObject(value)) return `${where}: each line must be a JSON object.`;
  if (format === "completion") {
    return typeof value.prompt === "string" && typeof value.completion === "string" ? null : `${where}: expected "prompt" and "completion" strings.`;
  }
  if (format === "chat") return "messages" in value ? messagesProblem(value.messages, where, true) : `${where}: missing "messages".`;
  for (const key of ["input", "preferred_output", "non_preferred_output"]) {
    if (!(key in value)) return `${where}: missing "${key}"; a preference example has "input", "preferred_output" and "non_preferred_output".`;
  }
  if (!isObject(value.input)) return `${where}: "input" must be an object with "messages".`;
  const input = messagesProblem(value.input.messages, `${where}, input`, false);
  if (input) return input;
  for (const key of ["preferred_output", "non_preferred_output"]) {
    const output = value[key];
    if (!Array.isArray(output) || output.length === 0 || !output.every((m) => isObject(m) && m.role === "assistant")) {
      return `${where}: "${key}" must be a non-empty list of assistant messages.`;
    }
  }
  return null;
}

/** Checks a processed file for a job: its summary, or the problem that fails the job. */
export function checkExamples(content: Buffer, format: DataFormat, role: "training" | "validation"): DataSummary | DataProblem {
  const param = role === "training" ? "training_file" : "validation_file";
  const code = role === "training" ? "invalid_training_file" : "invalid_validation_file";
  const read = readJsonl(content);
  if ("badLine" in read)
    return { code, param, message: `The job failed due to an invalid ${role} file. Invalid file format. Line ${read.badLine} is not valid JSON.` };
  for (const { value, line } of read.lines) {
    const problem = exampleProblem(format, value, line);
    if (problem) return { code, param, message: `The job failed due to an invalid ${role} file. Invalid file format. ${problem}` };
  }
  const examples = read.lines.length;
  if (role === "training" && examples < MIN_TRAINING_EXAMPLES) {
    return { code: "invalid_n_examples", param, message: `Training file has ${examples} example(s), but must have at least ${MIN_TRAINING_EXAMPLES} examples` };
  }
  return { examples, tokens: read.lines.reduce((sum, l) => sum + Math.ceil(l.text.length / 4), 0) };
}

export const isProblem = (r: DataSummary | DataProblem): r is DataProblem => "code" in r;
