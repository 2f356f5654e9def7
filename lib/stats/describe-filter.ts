import type { ConversationFilter } from "../validation/conversation-filter";
import { STATUS_LABELS } from "../validation/statuses";
import { CODE_TITLES, isFindingCode } from "../preflight/codes";
import { PII_LABELS, SIGNAL_LABELS, type PiiKind, type SignalKind } from "../quality/kinds";

// The table's filter in words, for the statistics page's "which records these are":
// each condition as a short phrase a lead recognises from the table.

const count = new Intl.NumberFormat("en");

function range(what: string, min?: number, max?: number): string | null {
  if (min === undefined && max === undefined) return null;
  if (max === undefined) return `${what} ≥ ${count.format(min!)}`;
  if (min === undefined || min === 0) return `${what} < ${count.format(max)}`;
  return `${what} ${count.format(min)} to ${count.format(max - 1)}`;
}

const CHECKS: Record<string, string> = { errors: "with errors", warnings: "with warnings only", clean: "checked and clean" };

/** One phrase per condition; empty for the whole dataset. */
export function describeFilter(f: ConversationFilter, languageName: (code: string) => string = (c) => c): string[] {
  const parts: (string | null)[] = [
    f.status ? `status ${STATUS_LABELS[f.status]}` : null,
    f.label ? `label “${f.label}”` : null,
    f.q ? `containing “${f.q}”` : null,
    f.invalid === "1" ? "invalid lines" : f.invalid === "0" ? "valid records" : null,
    f.duplicate === "1" ? "exact duplicates" : f.duplicate === "0" ? "not exact duplicates" : null,
    f.cluster === "1" ? "in a duplicate cluster" : f.cluster === "0" ? "in no duplicate cluster" : null,
    f.check ? (CHECKS[f.check] ?? (isFindingCode(f.check) ? `finding “${CODE_TITLES[f.check]}”` : `check ${f.check}`)) : null,
    f.pii ? (f.pii === "any" ? "with personal data" : `personal data: ${PII_LABELS[f.pii as PiiKind] ?? f.pii}`) : null,
    f.signal ? (f.signal === "outlier" ? "length outliers" : `signal: ${SIGNAL_LABELS[f.signal as SignalKind] ?? f.signal}`) : null,
    f.language ? `language ${languageName(f.language)}` : null,
    f.system ? (f.system === "none" ? "without a system prompt" : `system prompt ${f.system.slice(0, 8)}…`) : null,
    f.moderation === "flagged" ? "flagged by moderation" : f.moderation === "unscanned" ? "not scanned by moderation" : null,
    range("tokens", f.tokensMin, f.tokensMax),
    range("assistant tokens", f.assistantTokensMin, f.assistantTokensMax),
    range("turns", f.turnsMin, f.turnsMax),
  ];
  return parts.filter((p): p is string => p !== null);
}
