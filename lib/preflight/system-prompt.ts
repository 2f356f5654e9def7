import { createHash } from "node:crypto";
import { contentText } from "../formats/normalize";

// Which system prompt a record carries: its text, and the hash that groups records
// sharing it (stored by the background check, listed by the statistics page).

/** Messages of a chat record, or the prompt of a preference record. */
function promptMessages(record: Record<string, unknown>): unknown[] {
  if (Array.isArray(record.messages)) return record.messages;
  const input = record.input as { messages?: unknown } | undefined;
  return Array.isArray(input?.messages) ? input.messages : [];
}

/** The text of the record's first system message, or null without one. */
export function systemPromptText(record: Record<string, unknown>): string | null {
  for (const m of promptMessages(record)) {
    if (m && typeof m === "object" && (m as { role?: unknown }).role === "system") {
      return contentText((m as { content?: unknown }).content);
    }
  }
  return null;
}

/**
 * Groups records by their system prompt exactly as written: two prompts that differ
 * by a word are different instructions to the model. 16 hex digits (64 bits) keep
 * the column small while collisions stay out of reach for any real dataset.
 */
export function systemPromptHash(record: Record<string, unknown>): string | null {
  const text = systemPromptText(record);
  return text === null ? null : createHash("sha1").update(text).digest("hex").slice(0, 16);
}
