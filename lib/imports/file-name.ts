// An import's file name comes from whoever uploads (a query string, the browser's
// file, a path on the command line) and is shown on pages, in the audit log and on
// every record's origin, so it is cleaned and capped at every entry in one way.

/** Most file systems allow 255 bytes per name; nothing longer is stored. */
export const MAX_FILE_NAME_BYTES = 255;
const FALLBACK = "upload.jsonl";
const ELLIPSIS = "…";
const encoder = new TextEncoder();
const utf8Length = (s: string) => encoder.encode(s).length;

/**
 * The name as stored: path separators and control characters replaced, then cut to
 * `max` bytes of UTF-8 without splitting a character; a cut keeps the extension
 * (".jsonl") and marks the cut with "…".
 */
export function capFileName(raw: string, max = MAX_FILE_NAME_BYTES): string {
  const name = raw
    .replace(/[\\/]/g, "_")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .trim();
  if (name === "") return FALLBACK;
  if (utf8Length(name) <= max) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : "";
  const room = max - utf8Length(extension) - utf8Length(ELLIPSIS);
  return `${cutToBytes(name.slice(0, name.length - extension.length), room).trimEnd()}${ELLIPSIS}${extension}`;
}

/** The longest start of `s` that fits in `max` bytes of UTF-8, whole code points only. */
function cutToBytes(s: string, max: number): string {
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const size = utf8Length(ch);
    if (used + size > max) break;
    used += size;
    end += ch.length;
  }
  return s.slice(0, end);
}
