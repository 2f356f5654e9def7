// Cutting a JavaScript string at a character count without splitting a surrogate pair
// (an emoji or a rare CJK character is two UTF-16 units): half a pair is not text, and
// would show as a replacement character or fail to encode.

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The end to use for a cut at `end`: one unit earlier when `end` would fall inside a pair. */
export function safeEnd(text: string, end: number): number {
  if (end <= 0) return 0;
  if (end >= text.length) return text.length;
  return isHighSurrogate(text.charCodeAt(end - 1)) ? end - 1 : end;
}

/** The first `max` characters of `text` (or one fewer, to keep a pair whole). */
export function cutText(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, safeEnd(text, max));
}

/** `[start, end)` of the chunk beginning at `offset`, at most `size` units, ending on a whole character. */
export function chunkBounds(text: string, offset: number, size: number): { start: number; end: number } {
  const start = Math.min(Math.max(0, offset), text.length);
  let end = safeEnd(text, start + size);
  // A size of one unit at a pair still moves forward, by the whole pair.
  if (end <= start && start < text.length) end = Math.min(text.length, start + 2);
  return { start, end };
}
