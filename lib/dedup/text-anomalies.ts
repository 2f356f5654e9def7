import { vocabulary } from "../vocabulary";

// The small slips that tell a hasty copy from the clean one: two spaces between words,
// "??" or "!?!", a message that starts or ends with a space. A duplicate cluster's
// keeper is the copy with fewest of them, and its page lists each member's, so a
// reviewer sees why one was suggested over the other.

export const { words: ANOMALY_KINDS, labels: ANOMALY_LABELS } = vocabulary({
  double_space: "double spaces",
  repeated_punctuation: "repeated ?!",
  edge_space: "leading or trailing space",
});
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
export type AnomalyCounts = Record<AnomalyKind, number>;

// Between two words only: indentation at a line's start (code) and a markdown hard
// break (two spaces before a newline) are how texts are meant to look.
const DOUBLE_SPACE = /(?<=\S)[ \t]{2,}(?=\S)/g;
const REPEATED_PUNCTUATION = /[?!]{2,}/g;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** How often each slip occurs over the texts (each message's text one entry). */
export function textAnomalies(texts: readonly string[]): AnomalyCounts {
  const out: AnomalyCounts = { double_space: 0, repeated_punctuation: 0, edge_space: 0 };
  for (const text of texts) {
    out.double_space += count(text, DOUBLE_SPACE);
    out.repeated_punctuation += count(text, REPEATED_PUNCTUATION);
    if (text.trim()) out.edge_space += Number(/^\s/.test(text)) + Number(/\s$/.test(text));
  }
  return out;
}

export const anomalyTotal = (a: AnomalyCounts) => ANOMALY_KINDS.reduce((sum, k) => sum + a[k], 0);

/** "double spaces ×2, repeated ?!" for a member's column; "" when there is none. */
export function describeAnomalies(a: AnomalyCounts): string {
  return ANOMALY_KINDS.filter((k) => a[k] > 0)
    .map((k) => (a[k] > 1 ? `${ANOMALY_LABELS[k]} ×${a[k]}` : ANOMALY_LABELS[k]))
    .join(", ");
}
