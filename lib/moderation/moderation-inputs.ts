// What of a record is sent to the provider's moderation endpoint: everything a
// fine-tune job would read as text. That is the system prompt, user and assistant
// messages, tool results, and the arguments of tool calls, for chat records and for
// both sides of preference records. Tool definitions are schemas, not conversation,
// and are left out. A record's texts are packed into as few inputs as fit the size
// limit, so a short record costs one input; a long text is split at a space.

type Message = { content?: unknown; tool_calls?: unknown; function_call?: unknown };

function contentTexts(content: unknown): string[] {
  if (typeof content === "string") return [content];
  if (!Array.isArray(content)) return [];
  // Content parts: only text parts carry text (image and audio parts are not sent).
  return content.flatMap((p) => (p && typeof p === "object" && typeof (p as { text?: unknown }).text === "string" ? [(p as { text: string }).text] : []));
}

function argumentsOf(call: unknown): string[] {
  const args =
    (call as { function?: { arguments?: unknown }; arguments?: unknown } | null)?.function?.arguments ?? (call as { arguments?: unknown } | null)?.arguments;
  return typeof args === "string" ? [args] : [];
}

function messageTexts(m: unknown): string[] {
  if (!m || typeof m !== "object") return [];
  const msg = m as Message;
  return [
    ...contentTexts(msg.content),
    ...(Array.isArray(msg.tool_calls) ? msg.tool_calls.flatMap(argumentsOf) : []),
    ...(msg.function_call ? argumentsOf(msg.function_call) : []),
  ];
}

const messagesOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The texts of a record, in reading order; blank ones left out. `kind` is the stored kind. */
export function moderationTexts(kind: string, record: unknown): string[] {
  if (!record || typeof record !== "object") return [];
  const r = record as Record<string, unknown>;
  const messages =
    kind === "preference"
      ? [...messagesOf((r.input as { messages?: unknown } | undefined)?.messages), ...messagesOf(r.preferred_output), ...messagesOf(r.non_preferred_output)]
      : kind === "chat"
        ? messagesOf(r.messages)
        : [];
  return messages.flatMap(messageTexts).filter((t) => t.trim() !== "");
}

/** Splits a text into pieces of at most `max` characters, at the last space before the limit when there is one. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(" ", max);
    if (cut < max / 2) cut = max;
    // Never between the halves of a surrogate pair (an emoji would turn into two broken characters).
    const code = rest.charCodeAt(cut);
    if (cut === max && code >= 0xdc00 && code <= 0xdfff) cut--;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ +/, "");
  }
  if (rest.trim() !== "") pieces.push(rest);
  return pieces;
}

const SEPARATOR = "\n\n";

/** Packs texts into inputs of at most `max` characters, in order, splitting only texts longer than `max`. */
export function packTexts(texts: string[], max: number): string[] {
  const inputs: string[] = [];
  let current = "";
  for (const piece of texts.flatMap((t) => splitText(t, max))) {
    if (current && current.length + SEPARATOR.length + piece.length <= max) current += SEPARATOR + piece;
    else {
      if (current) inputs.push(current);
      current = piece;
    }
  }
  if (current) inputs.push(current);
  return inputs;
}

/** The inputs one record is sent as. */
export const recordInputs = (kind: string, record: unknown, maxChars: number): string[] => packTexts(moderationTexts(kind, record), maxChars);
