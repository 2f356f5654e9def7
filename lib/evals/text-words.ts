import { splitWords, WordList } from "../dedup/word-splitter";

// Evaluation compares answers word by word with the same notion of a word as
// de-duplication, so "the same text" means one thing across Tuneset.

const list = new WordList();

/** The words of a text, normalised as de-duplication normalises them (NFKC, lower case, no invisible characters). */
export function normalizedWords(text: string): string[] {
  splitWords(text, list);
  const words = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) words[i] = list.word(i);
  // Let go of the text: the list outlives this call.
  list.text = "";
  return words;
}
