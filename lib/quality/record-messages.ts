// Where the messages of a training record live, for the quality detectors. Records
// reach the detectors as parsed JSON that may not match either format, so every
// accessor here takes any value and skips what it does not recognise.

type Json = Record<string, unknown>;

/** Which list of the record a message came from. */
export type MessageSide = "messages" | "input" | "preferred" | "non_preferred";

export type RecordMessage = { message: Json; role: unknown; side: MessageSide };

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function collect(list: unknown, side: MessageSide, out: RecordMessage[]): void {
  if (!Array.isArray(list)) return;
  for (const message of list) if (isObject(message)) out.push({ message, role: message.role, side });
}

/**
 * The messages of a chat record (`messages`) or a preference record (`input.messages`,
 * then `preferred_output`, then `non_preferred_output`), in file order.
 */
export function recordMessages(record: unknown): RecordMessage[] {
  const out: RecordMessage[] = [];
  if (!isObject(record)) return out;
  collect(record.messages, "messages", out);
  if (isObject(record.input)) collect(record.input.messages, "input", out);
  collect(record.preferred_output, "preferred", out);
  collect(record.non_preferred_output, "non_preferred", out);
  return out;
}

/** The prose a message says: its string content, its text parts, and nothing else. */
export function messageTexts(message: Json): string[] {
  const content = message.content;
  if (typeof content === "string") return content ? [content] : [];
  if (!Array.isArray(content)) return [];
  const texts: string[] = [];
  for (const part of content) {
    if (isObject(part) && part.type === "text" && typeof part.text === "string" && part.text) texts.push(part.text);
  }
  return texts;
}
