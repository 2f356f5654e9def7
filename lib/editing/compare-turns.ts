import { turnsOf, turnText } from "./revision-diff";
import { wordDiff, type DiffPart } from "./word-diff";
import { cutText } from "../long-text/cut-text";
import { SHOWN_CHARS, WORD_DIFF_MAX_CHARS } from "../long-text/limits";

// A duplicate cluster's member read against its keeper, turn by turn: the member's own
// text, with the words the keeper does not have marked. Only the member's words are
// kept (the keeper's are in its own column beside it), and whitespace-only differences
// are not marked, since exact duplicates differ in spacing and a marked space is noise.

export type ComparedPart = { text: string; differs: boolean };
export type ComparedTurn = { role: string; roleDiffers: boolean; parts: ComparedPart[] };
export type Comparison = { turns: ComparedTurn[]; /** Turns of the keeper beyond the member's last. */ keeperOnly: number };

function memberParts(parts: DiffPart[]): ComparedPart[] {
  // Word by word: a part may carry the spacing around its words ("added: ' i'm'").
  const tokens = parts
    .filter((p) => p.kind !== "removed")
    .flatMap((p) => (p.text.match(/\S+|\s+/g) ?? []).map((text) => ({ text, added: p.kind === "added", space: !text.trim() })));
  const word = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < tokens.length; i += step) if (!tokens[i].space) return tokens[i];
    return undefined;
  };
  const out: ComparedPart[] = [];
  tokens.forEach((t, i) => {
    // Spacing is marked only between two marked words, so a reworded phrase is one mark.
    const differs = t.space ? Boolean(word(i - 1, -1)?.added && word(i + 1, 1)?.added) : t.added;
    const last = out[out.length - 1];
    if (last && last.differs === differs) last.text += t.text;
    else out.push({ text: t.text, differs });
  });
  return out;
}

/** A text too long to compare (or to send whole): its start, unmarked, and how long it is. */
function longTurn(text: string): ComparedPart[] {
  return [
    {
      text: `${cutText(text, SHOWN_CHARS)}… (${text.length.toLocaleString("en-US")} characters in all: too long to compare word by word here; open the conversation to read it)`,
      differs: false,
    },
  ];
}

/** With `keeperBody` null the member is the keeper itself: its turns, nothing marked. */
export function compareTurns(keeperBody: string | null, memberBody: string): Comparison {
  const mine = turnsOf(memberBody);
  const theirs = keeperBody === null ? null : turnsOf(keeperBody);
  const turns = mine.map((m, i): ComparedTurn => {
    const text = turnText(m);
    const role = String(m.role);
    const k = theirs?.[i];
    const long = text.length > WORD_DIFF_MAX_CHARS || (k !== undefined && turnText(k).length > WORD_DIFF_MAX_CHARS);
    if (!theirs) return { role, roleDiffers: false, parts: long ? longTurn(text) : text ? [{ text, differs: false }] : [] };
    if (!k) return { role, roleDiffers: true, parts: long ? longTurn(text) : text ? [{ text, differs: true }] : [] };
    if (long) return { role, roleDiffers: String(k.role) !== role, parts: longTurn(text) };
    return { role, roleDiffers: String(k.role) !== role, parts: memberParts(wordDiff(turnText(k), text)) };
  });
  return { turns, keeperOnly: theirs ? Math.max(0, theirs.length - mine.length) : 0 };
}
