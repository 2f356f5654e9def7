// The pre-flight check's vocabulary. Codes are stable: the CLI's JSON, the API,
// the stored findings and the table's filter all use them, and users script
// against them, so a code is never renamed, only added.

export const ERROR_CODES = [
  "invalid_json",
  "not_an_object",
  "missing_messages",
  "message_not_object",
  "unknown_role",
  "missing_content",
  "invalid_tool_call",
  "orphan_tool_message",
  "invalid_weight",
  "no_assistant_message",
  "special_token",
  "invalid_preference",
  "unsupported_content",
  "too_few_examples",
  "too_deep",
  "invalid_utf8",
] as const;

export const WARNING_CODES = [
  "unknown_key",
  "over_token_limit",
  "no_system_message",
  "no_user_message",
  "no_trainable_turn",
  "exact_duplicate",
  "few_examples",
  "pii",
  "unbalanced_labels",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type FindingCode = ErrorCode | WarningCode;
export type Severity = "error" | "warning";

export const FINDING_CODES: readonly FindingCode[] = [...ERROR_CODES, ...WARNING_CODES];

const ERRORS = new Set<string>(ERROR_CODES);
export function severityOf(code: FindingCode): Severity {
  return ERRORS.has(code) ? "error" : "warning";
}

export function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === "string" && (FINDING_CODES as readonly string[]).includes(value);
}

/** One problem in one example (or, with line 0, in the set as a whole). */
export type Finding = {
  code: FindingCode;
  /** JSON path inside the example, as the import's errors write it ("messages[2].tool_calls[0].function.arguments"); "" for the whole line. */
  path: string;
  /** What is wrong and what to do, in the words of the file. */
  message: string;
};

/** Codes that are about the set, not one example. */
export const SET_CODES: readonly FindingCode[] = ["too_few_examples", "few_examples", "exact_duplicate", "unbalanced_labels"];

/** A short title per code, for the pre-flight panel and the table's filter. */
export const CODE_TITLES: Record<FindingCode, string> = {
  invalid_json: "Not valid JSON",
  not_an_object: "Line is not a JSON object",
  missing_messages: "No messages list",
  message_not_object: "Message is not an object",
  unknown_role: "Unknown role",
  missing_content: "Message without content",
  invalid_tool_call: "Invalid tool call",
  orphan_tool_message: "Tool result without a call",
  invalid_weight: "Invalid weight",
  no_assistant_message: "No assistant message",
  special_token: "Special token in text",
  invalid_preference: "Invalid preference pair",
  unsupported_content: "Content the model cannot train on",
  too_few_examples: "Too few examples",
  too_deep: "Nested too deeply",
  invalid_utf8: "Not UTF-8",
  unknown_key: "Unknown key",
  over_token_limit: "Over the token limit",
  no_system_message: "No system message",
  no_user_message: "No user message",
  no_trainable_turn: "No trainable assistant turn",
  exact_duplicate: "Exact duplicate",
  few_examples: "Few examples",
  pii: "Personal data",
  unbalanced_labels: "Unbalanced labels",
};

/** The fewest examples OpenAI accepts, and the count below which gains are unlikely. */
export const MIN_EXAMPLES = 10;
export const RECOMMENDED_EXAMPLES = 50;
