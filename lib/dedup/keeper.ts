import { normalizeText, recordTurns } from "../formats/normalize";
import { vocabulary } from "../vocabulary";
import { parseBody } from "./sign-record";
import { anomalyTotal, textAnomalies, type AnomalyCounts } from "./text-anomalies";

// Which member of a duplicate cluster to keep, and why. A reviewer's approval comes
// first; then the copy with fewest pre-flight findings, then fewest slips of spacing and
// punctuation (so "how do I turn on  two-factor   authentication??" loses to the tidy
// copy it repeats, although the spaces make it longer); then the longest text (the most
// complete answer), measured on the text as exact duplicates compare it (case folded,
// whitespace collapsed, no space beside punctuation) so padding never counts; then the
// oldest. The reason named is the first rule that set the keeper apart from the
// runner-up, so the explanation can never disagree with the choice.

export type KeeperCandidate = {
  id: number;
  status: string;
  /** How many pre-flight findings the record has under the dataset's target model. */
  findings: number;
  /** The stored record's JSON. */
  body: string;
};

export type KeeperProfile = { id: number; approved: boolean; findings: number; anomalies: AnomalyCounts; length: number };

export const { words: KEEPER_REASONS, labels: KEEPER_REASON_LABELS } = vocabulary({
  approved: "approved",
  findings: "fewer pre-flight findings",
  anomalies: "fewer anomalies",
  length: "longest",
  age: "oldest",
  only: "the only one left",
});
export type KeeperReason = (typeof KEEPER_REASONS)[number];

/** The texts of a record, one per message; an unreadable body is one text as it stands. */
function recordTexts(body: string): string[] {
  const record = parseBody(body);
  if (!record) return [body];
  try {
    return recordTurns(record).map((t) => t.text);
  } catch {
    // A body that parses but lacks the shape (an invalid line kept in a cluster) is read whole.
    return [body];
  }
}

export function keeperProfile(c: KeeperCandidate): KeeperProfile {
  const texts = recordTexts(c.body);
  const length = texts.reduce((n, t) => n + normalizeText(t).length, 0);
  return { id: c.id, approved: c.status === "approved", findings: c.findings, anomalies: textAnomalies(texts), length };
}

/** The rules in order: each compares two profiles, negative when the first is the better keeper. */
const RULES: { reason: Exclude<KeeperReason, "only">; compare: (a: KeeperProfile, b: KeeperProfile) => number }[] = [
  { reason: "approved", compare: (a, b) => Number(b.approved) - Number(a.approved) },
  { reason: "findings", compare: (a, b) => a.findings - b.findings },
  { reason: "anomalies", compare: (a, b) => anomalyTotal(a.anomalies) - anomalyTotal(b.anomalies) },
  { reason: "length", compare: (a, b) => b.length - a.length },
  { reason: "age", compare: (a, b) => a.id - b.id },
];

const compareProfiles = (a: KeeperProfile, b: KeeperProfile) => {
  for (const rule of RULES) {
    const d = rule.compare(a, b);
    if (d !== 0) return d;
  }
  return 0;
};

/** The members best keeper first. */
export function rankKeepers(members: readonly KeeperCandidate[]): KeeperProfile[] {
  return members.map(keeperProfile).sort(compareProfiles);
}

/** The suggested keeper and the rule that chose it over the runner-up. */
export function suggestKeeper(members: readonly KeeperCandidate[]): { id: number; reason: KeeperReason } {
  if (members.length === 0) throw new Error("a cluster has members");
  const [best, next] = rankKeepers(members);
  if (!next) return { id: best.id, reason: "only" };
  return { id: best.id, reason: RULES.find((r) => r.compare(best, next) !== 0)?.reason ?? "age" };
}
