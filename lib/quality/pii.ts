import { PII_KINDS, PII_PLACEHOLDERS, type PiiKind } from "./kinds";
import { findCards } from "./pii-card";
import { findEmails } from "./pii-email";
import { findIpv4, findIpv6 } from "./pii-ip";
import { findPhones } from "./pii-phone";
import { findSecrets } from "./pii-secret";
import type { Span } from "./pii-span";
import { mapRecordStrings } from "./record-strings";

// Personal data and secrets in training text. This runs on every record of large
// imports and inside `tuneset validate`, so each detector is gated by a cheap test
// (an "@", enough digits, a ":") and no pattern can backtrack without bound.

export type PiiMatch = { kind: PiiKind; start: number; end: number };
export type PiiCounts = Partial<Record<PiiKind, number>>;

const MIN_LENGTH = 6; // "a@b.co" is the shortest thing any detector finds

// The digit detectors' gates: an IP address needs 4 digits, a phone number 8, a
// card number 13. One pass counts them, stopping at 13, instead of one regex scan
// of the whole text per gate.
const MOST_DIGITS_NEEDED = 13;

function digitsUpTo13(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n === MOST_DIGITS_NEEDED) return n;
  }
  return n;
}

// When two findings overlap the more specific one wins: a key or an address can
// contain digits that look like a phone number, never the other way round.
const PRIORITY: PiiKind[] = ["secret", "email", "credit_card", "ip_address", "phone"];

function detect(text: string): [PiiKind, Span[]][] {
  const found: [PiiKind, Span[]][] = [["secret", findSecrets(text)]];
  if (text.includes("@")) found.push(["email", findEmails(text)]);
  const ips: Span[] = [];
  if (text.includes(":")) ips.push(...findIpv6(text));
  const digits = digitsUpTo13(text);
  if (digits >= 4) {
    if (text.includes(".")) ips.push(...findIpv4(text));
    if (digits >= 8) {
      found.push(["phone", findPhones(text)]);
      if (digits >= 13) found.push(["credit_card", findCards(text)]);
    }
  }
  found.push(["ip_address", ips]);
  return found;
}

/** Every finding in `text`, in order, none overlapping another. */
export function findPii(text: string): PiiMatch[] {
  if (typeof text !== "string" || text.length < MIN_LENGTH) return [];
  const candidates: PiiMatch[] = [];
  for (const [kind, spans] of detect(text)) for (const s of spans) candidates.push({ kind, ...s });
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // `kept` stays sorted and disjoint, so its ends ascend too and one binary search
  // finds the only finding a candidate could overlap.
  const kept: PiiMatch[] = [];
  for (const c of candidates) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === kept.length || kept[lo].start >= c.end) kept.splice(lo, 0, c);
  }
  return kept;
}

/** Replaces each finding with its kind's placeholder ("[EMAIL]") and counts them by kind. */
export function redactText(text: string): { text: string; counts: PiiCounts } {
  return replaceMatches(text, findPii(text));
}

function replaceMatches(text: string, matches: readonly PiiMatch[]): { text: string; counts: PiiCounts } {
  const counts: PiiCounts = {};
  if (!matches.length) return { text, counts };
  let out = "";
  let copied = 0;
  for (const m of matches) {
    out += text.slice(copied, m.start) + PII_PLACEHOLDERS[m.kind];
    copied = m.end;
    counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  }
  return { text: out + text.slice(copied), counts };
}

function inOrder(kinds: Set<PiiKind>): PiiKind[] {
  return PII_KINDS.filter((k) => kinds.has(k));
}

/**
 * The kinds found anywhere a chat or preference record carries free text: message
 * content (strings, text and refusal parts), `refusal`, `name`, and the strings of
 * tool-call arguments (read as they are when they are not valid JSON).
 */
export function recordPiiKinds(record: unknown): PiiKind[] {
  const kinds = new Set<PiiKind>();
  const scan = (text: string) => {
    for (const m of findPii(text)) kinds.add(m.kind);
  };
  mapRecordStrings(record, { rewrite: (text) => (scan(text), text), readOnly: scan });
  return inOrder(kinds);
}

/**
 * A copy of the record with every finding replaced by its placeholder, in the same
 * places recordPiiKinds looks, everything else (keys, their order, other values)
 * untouched. Strings inside tool-call arguments are redacted one by one so the
 * arguments stay valid JSON; arguments that are not JSON are left as they are.
 * When nothing is found the record itself is returned.
 */
export function redactRecord(record: unknown): RecordRedaction {
  const counts: PiiCounts = {};
  let first: RecordRedaction["first"];
  const next = mapRecordStrings(record, {
    rewrite: (text) => {
      const matches = findPii(text);
      if (matches.length && !first) first = { text, match: matches[0] };
      const r = replaceMatches(text, matches);
      for (const kind of PII_KINDS) if (r.counts[kind]) counts[kind] = (counts[kind] ?? 0) + r.counts[kind];
      return r.text;
    },
  });
  return { record: next, counts, changed: next !== record, first };
}

export type RecordRedaction = {
  record: unknown;
  counts: PiiCounts;
  changed: boolean;
  /** The first string redacted and its first finding, for a preview. */
  first?: { text: string; match: PiiMatch };
};
