// A search snippet travels as plain text with the matched words between two control
// characters that message text never needs (the index strips them from the text it
// cuts from). The page splits on them and draws <mark> elements itself, so nothing a
// conversation says is ever read as markup.

export const MARK_OPEN = "\u0002";
export const MARK_CLOSE = "\u0003";

export type SnippetPart = { text: string; mark: boolean };

/** The snippet as runs of plain and matched text; a stray or unbalanced delimiter is dropped, never shown. */
export function splitMarks(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  let text = "";
  const flush = () => {
    if (text) parts.push({ text, mark });
    text = "";
  };
  for (const ch of snippet) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      mark = ch === MARK_OPEN;
    } else text += ch;
  }
  // An open mark that never closed still shows its text, unmarked.
  if (mark && text) mark = false;
  flush();
  return parts;
}
