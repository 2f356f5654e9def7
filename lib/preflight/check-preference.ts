import { describeValue } from "../formats/format-errors";
import { FINE_TUNABLE_MODELS } from "../models/fine-tunable-models";
import { checkMessage, NO_SYSTEM_MESSAGE } from "./check-message";
import { checkToolFields } from "./check-tools";
import { isBag, type Bag, type ExampleState } from "./example-state";

// A preference (DPO) line: one prompt and two candidate replies, the one to learn
// towards and the one to learn away from. Its messages follow the chat rules.

const DPO_FAMILIES = [...new Set(FINE_TUNABLE_MODELS.filter((m) => m.methods.includes("dpo")).map((m) => m.family))].join(", ");

export function checkPreference(value: Bag, s: ExampleState): void {
  if (!s.model.methods.includes("dpo")) {
    s.findings.add(
      "invalid_preference",
      "",
      `${s.model.id} cannot be trained on preference pairs (DPO); models that can: ${DPO_FAMILIES}. Train one of those, or make the line a chat example`,
    );
  }
  const input = value.input;
  if (isBag(input)) checkInput(input, s);
  else {
    const got = input === undefined ? "required" : `got ${describeValue(input)}`;
    s.findings.add("invalid_preference", "input", `${got}: expected {"messages": [...]} holding the prompt`);
  }
  // Both outputs answer the same prompt, so each may reuse a call id the other uses.
  const promptCalls = s.callIds;
  for (const key of ["preferred_output", "non_preferred_output"]) {
    s.callIds = new Map(promptCalls);
    checkOutput(value[key], key, s);
  }
  s.callIds = promptCalls;
}

function checkInput(input: Bag, s: ExampleState): void {
  const messages = input.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    const got = messages === undefined ? "required" : Array.isArray(messages) ? "got an empty list" : `got ${describeValue(messages)}`;
    s.findings.add("invalid_preference", "input.messages", `${got}: expected a list of messages holding the prompt, ending with the user's turn`);
  } else {
    for (let i = 0; i < messages.length; i++) checkMessage(messages[i], `input.messages[${i}]`, "input", s);
    const last = messages[messages.length - 1];
    if (isBag(last) && last.role !== "user") {
      s.findings.add(
        "invalid_preference",
        `input.messages[${messages.length - 1}]`,
        `the prompt ends with ${typeof last.role === "string" ? `${/^[aeiou]/i.test(last.role) ? "an" : "a"} ${last.role} message` : "a message without a role"}: it must end with the user's turn, which both outputs answer`,
      );
    }
    if (!s.seen.system) {
      s.findings.add("no_system_message", "input.messages", NO_SYSTEM_MESSAGE);
    }
  }
  checkToolFields(input, "input", s);
}

function checkOutput(list: unknown, key: string, s: ExampleState): void {
  if (!Array.isArray(list)) {
    const got = list === undefined ? "required" : `got ${describeValue(list)}`;
    s.findings.add("invalid_preference", key, `${got}: expected a list holding exactly one assistant message`);
  } else if (list.length !== 1) {
    s.findings.add("invalid_preference", key, `expected exactly one assistant message, got ${list.length}`);
  } else if (isBag(list[0]) && list[0].role !== "assistant") {
    s.findings.add(
      "invalid_preference",
      `${key}[0].role`,
      `expected "assistant", got ${JSON.stringify(list[0].role) ?? "no role"}: an output is the reply being compared`,
    );
  } else {
    checkMessage(list[0], `${key}[0]`, "output", s);
  }
}
