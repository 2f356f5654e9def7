import { resolveModel, type FineTunableModel } from "../models/fine-tunable-models";
import { checkExample, type ExampleCheck, type ExampleContext } from "./check-example";

// Small records for the pre-flight tests: a clean example to start from, and a
// way to see a check's findings as "code path" strings.

function model(id: string): FineTunableModel {
  const found = resolveModel(id);
  if (!found) throw new Error(`no model ${id} in the table`);
  return found;
}

export const MINI = model("gpt-4o-mini");
export const GPT4O = model("gpt-4o");
export const GPT35_OLD = model("gpt-3.5-turbo-0613");
export const GPT35 = model("gpt-3.5-turbo");

export const SYSTEM = { role: "system", content: "You answer in one sentence." };
export const USER = { role: "user", content: "What is the capital of France?" };
export const ASSISTANT = { role: "assistant", content: "Paris." };

export const chat = (...messages: unknown[]) => ({ messages });
export const good = () => chat(SYSTEM, USER, ASSISTANT);

export function check(record: unknown, model: FineTunableModel = MINI, extra: Omit<ExampleContext, "model"> = {}): ExampleCheck {
  return checkExample(typeof record === "string" ? record : JSON.stringify(record), { model, ...extra });
}

/** Findings as "code path" (path left out when it is the whole line). */
export function found(result: ExampleCheck): string[] {
  return result.findings.map((f) => (f.path ? `${f.code} ${f.path}` : f.code));
}

export function messageOf(result: ExampleCheck, code: string): string {
  const finding = result.findings.find((f) => f.code === code);
  if (!finding) throw new Error(`no ${code} finding in ${JSON.stringify(result.findings)}`);
  return finding.message;
}
