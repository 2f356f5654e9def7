// A text too long to send whole, as pages and client components receive it: its start,
// its full length, and where it lives, so "Show all" can fetch the rest and a save can
// put the stored text back. Types and the guard only, so client code can use them.

/** Where a text lives in a stored record: keys and indexes from the record's root ("raw" for an invalid line's text). */
export type TextPath = (string | number)[];

export type ShortenedText = {
  $shortened: {
    /** The text's start, as shown. */
    text: string;
    /** The whole text's length in UTF-16 units (what JavaScript's `length` counts). */
    length: number;
    path: TextPath;
    /** The conversation and the version the text was read from. */
    id: number;
    version: number;
    /** SHA-1 of the whole text, so a save can prove it puts back the very text that was shortened. */
    digest: string;
  };
};

export function isShortened(value: unknown): value is ShortenedText {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const s = (value as { $shortened?: unknown }).$shortened;
  if (typeof s !== "object" || s === null) return false;
  const o = s as Record<string, unknown>;
  return (
    typeof o.text === "string" &&
    typeof o.length === "number" &&
    Array.isArray(o.path) &&
    typeof o.id === "number" &&
    typeof o.version === "number" &&
    typeof o.digest === "string"
  );
}

/** "Showing 20,000 of 5,242,880 characters". */
export function shownOf(shown: number, total: number): string {
  return `Showing ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} characters`;
}

/** The path as a query parameter value, and back. */
export const encodePath = (path: TextPath) => JSON.stringify(path);

/** What a possibly shortened value shows as text, and how long the whole of it is. */
export function shownText(value: unknown): { text: string; length: number } {
  if (isShortened(value)) return { text: value.$shortened.text, length: value.$shortened.length };
  const text = typeof value === "string" ? value : String(value ?? "");
  return { text, length: text.length };
}

/**
 * Why the turn editor does not open, or null: it works on every turn at once, and a
 * conversation too long to send whole (its later turns left out) is edited through the
 * API or in the file instead.
 */
export function turnEditorRefusal(record: { hidden_turns?: { from: number; count: number }[] }): string | null {
  const hidden = record.hidden_turns?.[0];
  if (!hidden) return null;
  const turns = (hidden.from + hidden.count).toLocaleString("en-US");
  return `This conversation is too long to edit turn by turn in the browser (${turns} turns): change it through the API (PATCH /api/v1/conversations/{id}) or in the file, and import it again.`;
}
