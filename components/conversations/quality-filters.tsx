"use client";

import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { CODE_TITLES, ERROR_CODES, WARNING_CODES } from "@/lib/preflight/codes";
import { PII_KINDS, PII_LABELS, SIGNAL_KINDS, SIGNAL_LABELS } from "@/lib/quality/kinds";
import { inputClasses } from "@/components/ui/field";
import { formatCount } from "@/components/ui/format";
import { languageName } from "@/lib/quality/language-name";
import type { Navigate } from "./use-table-navigation";

// The pre-flight and quality filters of the table: findings, personal data, other
// signals and language. Narrower filters that arrive by link show as chips
// (link-filter-chips.tsx).

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
      <select aria-label="Personal data" value={filter.pii ?? ""} onChange={(e) => navigate({ pii: e.target.value })} className={inputClasses("w-52")}>
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
        {filter.language && !languages.some((l) => l.code === filter.language) ? (
          <option value={filter.language}>{languageName(filter.language)}</option>
        ) : null}
        {languages.map((l) => (
          <option key={l.code} value={l.code}>
            {languageName(l.code)} ({formatCount(l.count)})
          </option>
        ))}
      </select>
    </>
  );
}
