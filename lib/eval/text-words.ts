import { splitWords, wordText } from "../dedup/word-splitter";

// Evaluation compares answers word by word with the same notion of a word as
// de-duplication, so "the same text" means one thing across Tuneset.

/** The words of a text, normalised as de-duplication normalises them (NFKC, lower case, no invisible characters). */
export function normalizedWords(text: string): string[] {
  const words: string[] = [];
  splitWords(text, (s, start, end) => words.push(wordText(s, start, end)));
  return words;
}
