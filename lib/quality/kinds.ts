import { vocabulary } from "../vocabulary";

// Quality signals stored on each record and offered as table filters. Stored as
// ",kind,kind," strings so one LIKE finds a kind; these lists are the vocabulary.

export const { words: PII_KINDS, labels: PII_LABELS } = vocabulary({
  email: "E-mail address",
  phone: "Phone number",
  credit_card: "Credit card number",
  ip_address: "IP address",
  secret: "API key or secret",
});
export type PiiKind = (typeof PII_KINDS)[number];

/** The typed placeholder a redaction writes in place of each kind: the kind's name in capitals. */
export const PII_PLACEHOLDERS = Object.fromEntries(PII_KINDS.map((k) => [k, `[${k.toUpperCase()}]`])) as Record<PiiKind, string>;

export const { words: SIGNAL_KINDS, labels: SIGNAL_LABELS } = vocabulary({ refusal: "Assistant refuses", boilerplate: "AI boilerplate" });
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** ["email", "phone"] → ",email,phone,"; [] → "". */
export function joinKinds(kinds: readonly string[]): string {
  return kinds.length ? `,${kinds.join(",")},` : "";
}

export function splitKinds(stored: string | null | undefined): string[] {
  return stored ? stored.split(",").filter(Boolean) : [];
}
