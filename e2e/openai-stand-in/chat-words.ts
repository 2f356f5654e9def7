import { createHash } from "node:crypto";

// Words, as the stand-in's models read them: runs of letters and digits, compared in
// lower case. Common English words carry no topic, so "overlap" between two texts
// counts only the others (the content words); otherwise any long answer would share
// "the" and "is" with everything.

const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have how i if in into is it its " +
    "me my no not of on or our s so than that the their them then there these they this to too us was we were " +
    "what when where which who why will with would you your"
  ).split(" "),
);

/** Every word of `text`, in order, as written. */
export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of `text` that carry meaning (no stopwords), in order, as written. */
export const contentWordsOf = (text: string): string[] => wordsOf(text).filter((w) => !STOPWORDS.has(w.toLowerCase()));

/** The distinct content words of `text`, lower-cased. */
export const contentWordSet = (text: string): Set<string> => new Set(contentWordsOf(text).map((w) => w.toLowerCase()));

export function sharedWords(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Shared words over all words (0 when both are empty): overlap that does not favour long texts. */
export function similarity(a: Set<string>, b: Set<string>): number {
  const shared = sharedWords(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The first `max` words of `text` as written (whitespace collapsed), with "…" when cut. */
export function firstWords(text: string, max: number): string {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  return parts.length <= max ? parts.join(" ") : `${parts.slice(0, max).join(" ")}…`;
}

/** A stable digest of `text`, to pick among fixed choices the same way every time. */
export const digest = (text: string): Buffer => createHash("sha256").update(text).digest();
