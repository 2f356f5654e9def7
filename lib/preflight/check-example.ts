import { describeValue } from "../formats/format-errors";
import { fastCheck } from "../formats/fast-check";
import { deepNestingMessage, findDeepNesting } from "../formats/json-depth";
import { jsonReason } from "../formats/parse-line";
import { unknownKeyPaths } from "../formats/strict";
import type { FineTunableModel } from "../models/fine-tunable-models";
import { PII_LABELS, type PiiKind } from "../quality/kinds";
import { countRecordTokens, type RecordTokenCount } from "../tokens/count-tokens";
import type { Finding } from "./codes";
import { checkMessage, NO_SYSTEM_MESSAGE } from "./check-message";
import { checkPreference } from "./check-preference";
import { checkToolFields } from "./check-tools";
import { isBag, type Bag, type ExampleState } from "./example-state";
import { FindingList } from "./finding-list";
import { findSpecialTokens, mayHoldSpecialToken, specialTokensOf } from "./special-tokens";

// The pre-flight check of one JSONL line against one target model: everything
// that would make a paid fine-tune job fail (errors) or quietly train on less
// than the user thinks (warnings). Pure; the CLI, the background pass and the
// API all call it. One JSON.parse and one token count per line.

export type ExampleContext = {
  model: FineTunableModel;
  /** The kinds of personal data found in the record, when a detector is available. */
  piiKinds?: (record: Record<string, unknown>) => readonly PiiKind[];
};

export type ExampleCheck = {
  kind: "chat" | "preference" | "invalid";
  record: Record<string, unknown> | null;
  findings: Finding[];
  errorCount: number;
  /** Null only when the line is not a JSON object. */
  tokens: RecordTokenCount | null;
};

const SHAPES =
  'expected a chat line {"messages": [...]} or a preference line ' + '{"input": {"messages": [...]}, "preferred_output": [...], "non_preferred_output": [...]}';
const PREFERENCE_KEYS = ["input", "preferred_output", "non_preferred_output"];

export function checkExample(line: string, ctx: ExampleContext): ExampleCheck {
  const findings = new FindingList();
  const s: ExampleState = { model: ctx.model, findings, callIds: new Map(), seen: { system: false, user: false, assistant: 0, trainable: 0 } };
  // A byte-order mark survives a naive line split; JSON.parse does not accept it.
  const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  // Before parsing: the checks below walk the value recursively and would overflow the stack.
  const deep = findDeepNesting(text);
  if (deep) {
    findings.add("too_deep", deep.path, deepNestingMessage(deep.limit));
    return result("invalid", null, findings, null);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = text.trim() === "" ? "the line is empty" : `not valid JSON (${jsonReason(error)})`;
    findings.add("invalid_json", "", `${reason}: fix the line so it is one JSON object`);
    return result("invalid", null, findings, null);
  }
  if (!isBag(value)) {
    findings.add("not_an_object", "", `expected a JSON object, got ${describeValue(value)}: each line must be one example`);
    return result("invalid", null, findings, null);
  }

  const chat = "messages" in value;
  const preference = PREFERENCE_KEYS.some((key) => key in value);
  const tokens = countRecordTokens(value, ctx.model.encoding);
  if (!chat && !preference) {
    findings.add("missing_messages", "", `no "messages" list: ${SHAPES}`);
    return result("invalid", value, findings, tokens);
  }
  if (chat && preference) {
    findings.add(
      "invalid_preference",
      "",
      `has both "messages" and preference keys (${PREFERENCE_KEYS.join(", ")}): keep "messages" for a chat example or the preference keys for a preference pair, not both`,
    );
  }
  const kind = chat ? "chat" : "preference";
  if (kind === "chat") checkChat(value, s);
  else checkPreference(value, s);

  reportUnknownKeys(value, kind, findings, chat && preference);
  if (mayHoldSpecialToken(text)) {
    findSpecialTokens(value, "", specialTokensOf(ctx.model.encoding), (path, token) =>
      findings.add(
        "special_token",
        path,
        `contains "${token}", a special token of the model's tokenizer, which makes the fine-tune job fail: remove it or break it up (such as "${token.replace("<|", "< |")}")`,
      ),
    );
  }
  const limit = ctx.model.maxTokensPerExample;
  if (tokens.total > limit) {
    const fmt = (n: number) => n.toLocaleString("en-US");
    findings.add(
      "over_token_limit",
      "",
      `${fmt(tokens.total)} tokens, over ${ctx.model.family}'s limit of ${fmt(limit)} per example: OpenAI will cut ${fmt(tokens.total - limit)} tokens off the end; shorten it or split the conversation`,
    );
  }
  const pii = ctx.piiKinds?.(value);
  if (pii?.length) {
    findings.add("pii", "", `looks like it holds personal data (${pii.map((k) => PII_LABELS[k]).join(", ")}): remove or mask it before training`);
  }
  return result(kind, value, findings, tokens);
}

/**
 * A line whose bytes are not UTF-8: the provider rejects the file, and decoding it would
 * quietly change the text, so it is reported with the first bad byte (counted from 1).
 */
export function notUtf8Check(byte: number): ExampleCheck {
  const findings = new FindingList();
  findings.add("invalid_utf8", "", `invalid UTF-8 at byte ${byte}: save the file as UTF-8, or fix the bytes of this line`);
  return result("invalid", null, findings, null);
}

function result(kind: ExampleCheck["kind"], record: Bag | null, findings: FindingList, tokens: RecordTokenCount | null): ExampleCheck {
  return { kind, record, findings: findings.list(), errorCount: findings.errorCount, tokens };
}

function checkChat(value: Bag, s: ExampleState): void {
  const messages = value.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    const got = Array.isArray(messages) ? "an empty list" : describeValue(messages);
    s.findings.add("missing_messages", "messages", `expected "messages" to be a list of messages, got ${got}: add the conversation to learn from`);
  } else {
    for (let i = 0; i < messages.length; i++) checkMessage(messages[i], `messages[${i}]`, "chat", s);
    if (s.seen.assistant === 0) s.findings.add("no_assistant_message", "messages", "no assistant message: add the assistant reply the model should learn");
    else if (s.seen.trainable === 0) {
      s.findings.add(
        "no_trainable_turn",
        "messages",
        "every assistant message has weight 0, so this example teaches nothing: set weight 1 (or leave weight out) on the reply to learn",
      );
    }
    if (!s.seen.system) s.findings.add("no_system_message", "messages", NO_SYSTEM_MESSAGE);
    if (!s.seen.user) s.findings.add("no_user_message", "messages", "no user message: add the user's turn the assistant answers");
  }
  checkToolFields(value, "", s);
}

function reportUnknownKeys(value: Bag, kind: "chat" | "preference", findings: FindingList, mixed: boolean): void {
  // The hand-written pass answers for valid lines; the schema walk copes with any other.
  const paths = fastCheck(value, kind) ?? unknownKeyPaths(value, kind);
  for (const path of paths) {
    // Keys already reported as errors (tool_calls on a user message, an image's fields), or the other shape's keys.
    if (findings.hasErrorCovering(path) || (mixed && PREFERENCE_KEYS.includes(path))) continue;
    findings.add("unknown_key", path, "not part of OpenAI's fine-tuning format: remove it (a strict export leaves it out)");
  }
}
