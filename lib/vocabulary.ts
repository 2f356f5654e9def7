// A closed set of words (roles, statuses, kinds, modes) with the label each shows as.
// The labels object is the one place a word is written: the list (in the object's
// order), its type and its guard come from it, so no word can be listed without a label.

export type Vocabulary<W extends string> = {
  /** The words in the order the labels name them; a non-empty tuple, as z.enum wants. */
  words: readonly [W, ...W[]];
  labels: Readonly<Record<W, string>>;
  is: (value: unknown) => value is W;
};

export function vocabulary<const L extends Record<string, string>>(labels: L): Vocabulary<keyof L & string> {
  type W = keyof L & string;
  const words = Object.keys(labels) as [W, ...W[]];
  return { words, labels, is: (value: unknown): value is W => isOneOf(words, value) };
}

/** Whether `value` is one of `words`: the guard for a list that has no labels. */
export const isOneOf = <W extends string>(words: readonly W[], value: unknown): value is W =>
  typeof value === "string" && (words as readonly string[]).includes(value);
