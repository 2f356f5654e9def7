"use client";

import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { CODE_TITLES, ERROR_CODES, WARNING_CODES } from "@/lib/preflight/codes";
import { PII_KINDS, PII_LABELS, SIGNAL_KINDS, SIGNAL_LABELS } from "@/lib/quality/kinds";
import { inputClasses } from "@/components/ui/field";
import { formatCount } from "@/components/ui/format";
import { languageName } from "@/lib/quality/language-name";
import type { Navigate } from "./use-table-navigation";

// The pre-flight and quality filters of the table: findings, personal data, other
// signals, language and moderation; plus removable chips for the narrower filters
// that arrive from links (a chart's bar, a system prompt).

export type LanguageOption = { code: string; count: number };

type Props = { filter: ConversationFilter; languages: LanguageOption[]; navigate: Navigate };

export function QualityFilters({ filter, languages, navigate }: Props) {
  return (
    <>
      <select aria-label="Pre-flight" value={filter.check ?? ""} onChange={(e) => navigate({ check: e.target.value })} className={inputClasses("w-48")}>
        <option value="">Any pre-flight result</option>
        <option value="errors">With errors</option>
        <option value="warnings">With warnings only</option>
        <option value="clean">No findings</option>
        <optgroup label="Errors">
          {ERROR_CODES.filter((c) => c !== "too_few_examples").map((c) => (
            <option key={c} value={c}>
              {CODE_TITLES[c]}
            </option>
          ))}
        </optgroup>
        <optgroup label="Warnings">
          {WARNING_CODES.filter((c) => c !== "few_examples" && c !== "unbalanced_labels" && c !== "exact_duplicate").map((c) => (
            <option key={c} value={c}>
              {CODE_TITLES[c]}
            </option>
          ))}
        </optgroup>
      </select>
      <select aria-label="Personal data" value={filter.pii ?? ""} onChange={(e) => navigate({ pii: e.target.value })} className={inputClasses("w-44")}>
        <option value="">Personal data: any</option>
        <option value="any">Contains personal data</option>
        {PII_KINDS.map((k) => (
          <option key={k} value={k}>
            {PII_LABELS[k]}
          </option>
        ))}
      </select>
      <select aria-label="Signal" value={filter.signal ?? ""} onChange={(e) => navigate({ signal: e.target.value })} className={inputClasses("w-44")}>
        <option value="">Other signals: any</option>
        {SIGNAL_KINDS.map((k) => (
          <option key={k} value={k}>
            {SIGNAL_LABELS[k]}
          </option>
        ))}
        <option value="outlier">Length outlier</option>
      </select>
      <select
        aria-label="Language"
        value={filter.language ?? ""}
        onChange={(e) => navigate({ language: e.target.value })}
        disabled={languages.length === 0 && !filter.language}
        className={inputClasses("w-40")}
      >
        <option value="">{languages.length ? "All languages" : "Languages: not yet detected"}</option>
        {filter.language && !languages.some((l) => l.code === filter.language) ? <option value={filter.language}>{languageName(filter.language)}</option> : null}
        {languages.map((l) => (
          <option key={l.code} value={l.code}>
            {languageName(l.code)} ({formatCount(l.count)})
          </option>
        ))}
      </select>
    </>
  );
}

type Chip = { key: string; text: string; clear: Record<string, null> };

function rangeText(name: string, min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${name} ${formatCount(min)}–${formatCount(max - 1)}`;
  if (min !== undefined) return `${name} ≥ ${formatCount(min)}`;
  return `${name} < ${formatCount(max ?? 0)}`;
}

/** The filters that have no control of their own, shown so they can be seen and removed. */
export function FilterChips({ filter, navigate }: { filter: ConversationFilter; navigate: Navigate }) {
  const chips: Chip[] = [];
  const ranges = [
    ["tokens", "Tokens", filter.tokensMin, filter.tokensMax],
    ["assistantTokens", "Assistant tokens", filter.assistantTokensMin, filter.assistantTokensMax],
    ["turns", "Turns", filter.turnsMin, filter.turnsMax],
  ] as const;
  for (const [key, name, min, max] of ranges) {
    if (min === undefined && max === undefined) continue;
    chips.push({ key, text: rangeText(name, min, max), clear: { [`${key}Min`]: null, [`${key}Max`]: null } });
  }
  if (filter.system) chips.push({ key: "system", text: filter.system === "none" ? "No system prompt" : "One system prompt", clear: { system: null } });
  if (filter.moderation) chips.push({ key: "moderation", text: filter.moderation === "flagged" ? "Flagged by moderation" : "Not scanned by moderation", clear: { moderation: null } });
  if (!chips.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Other filters">
      {chips.map((c) => (
        <span key={c.key} className="inline-flex h-7 items-center gap-1 rounded-full border border-indigo-200 bg-indigo-50 pl-3 pr-1 text-xs text-indigo-800">
          {c.text}
          <button
            type="button"
            onClick={() => navigate(c.clear)}
            aria-label={`Remove filter: ${c.text}`}
            className="rounded-full px-1.5 py-0.5 text-indigo-500 hover:bg-indigo-100 hover:text-indigo-900"
          >
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
