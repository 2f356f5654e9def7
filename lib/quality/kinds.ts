// Quality signals stored on each record and offered as table filters. Stored as
// ",kind,kind," strings so one LIKE finds a kind; these lists are the vocabulary.

export const PII_KINDS = ["email", "phone", "credit_card", "ip_address", "secret"] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** The typed placeholder a redaction writes in place of each kind. */
export const PII_PLACEHOLDERS: Record<PiiKind, string> = {
  email: "[EMAIL]",
  phone: "[PHONE]",
  credit_card: "[CREDIT_CARD]",
  ip_address: "[IP_ADDRESS]",
  secret: "[SECRET]",
};

export const PII_LABELS: Record<PiiKind, string> = {
  email: "E-mail address",
  phone: "Phone number",
  credit_card: "Credit card number",
  ip_address: "IP address",
  secret: "API key or secret",
};

export const SIGNAL_KINDS = ["refusal", "boilerplate"] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const SIGNAL_LABELS: Record<SignalKind, string> = {
  refusal: "Assistant refuses",
  boilerplate: "AI boilerplate",
};

/** ["email", "phone"] → ",email,phone,"; [] → "". */
export function joinKinds(kinds: readonly string[]): string {
  return kinds.length ? `,${kinds.join(",")},` : "";
}

export function splitKinds(stored: string | null | undefined): string[] {
  return stored ? stored.split(",").filter(Boolean) : [];
}
