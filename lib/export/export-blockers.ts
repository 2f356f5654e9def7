import { setFindings } from "../preflight/set-findings";

// The pre-flight rules that stop an export: the same for the export buttons, the
// HTTP route and the command line.

export type BlockerCounts = { records: number; withErrors: number };

/**
 * Why this export must not go out: records a provider would reject, or fewer
 * examples than OpenAI accepts. Empty when it may. An export that matches nothing
 * is not blocked (it writes an empty file and says so).
 */
export function exportBlockers(s: BlockerCounts): string[] {
  const reasons: string[] = [];
  if (s.withErrors) {
    reasons.push(
      `${s.withErrors === 1 ? "1 record has" : `${s.withErrors} records have`} pre-flight errors a provider would reject; fix or reject ${s.withErrors === 1 ? "it" : "them"} (filter the table by "With errors").`,
    );
  }
  if (s.records > 0) {
    const tooFew = setFindings({ examples: s.records, duplicates: 0, labels: [], labelShareLimit: 1 }).find((f) => f.severity === "error");
    if (tooFew) reasons.push(`${tooFew.message}.`);
  }
  return reasons;
}
