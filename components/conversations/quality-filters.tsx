"use client";

import { useId, type ReactNode } from "react";
import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { CODE_TITLES, ERROR_CODES, WARNING_CODES } from "@/lib/preflight/codes";
import { PII_KINDS, PII_LABELS, SIGNAL_KINDS, SIGNAL_LABELS } from "@/lib/quality/kinds";
import { inputClasses } from "@/components/ui/field";
import { formatCount } from "@/components/ui/format";
import { languageName } from "@/lib/quality/language-name";
import type { Navigate } from "./use-table-navigation";

// The filters of the "+ Filter" menu: label, pre-flight findings, personal data, other
// signals, language, and the invalid / duplicate switches. Each set one shows as a chip
// beside the search (filter-chips.tsx), where it is removed.

export type LanguageOption = { code: string; count: number };
export type LabelOption = { name: string; count: number };

export type QualityFilterProps = { filter: ConversationFilter; labels: LabelOption[]; languages: LanguageOption[]; navigate: Navigate };

const TOGGLES = [
  ["invalid", "Invalid lines"],
  ["duplicate", "Exact duplicates"],
  ["cluster", "In a duplicate cluster"],
] as const;

export function QualityFilters({ filter, labels, languages, navigate }: QualityFilterProps) {
  const id = useId();
  const select = (key: keyof ConversationFilter, label: string, options: ReactNode, disabled = false) => (
    <>
      <label htmlFor={`${id}-${key}`} className="self-center text-sm text-zinc-700">
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        value={String(filter[key] ?? "")}
        onChange={(e) => navigate({ [key]: e.target.value })}
        disabled={disabled}
        className={inputClasses("w-full")}
      >
        {options}
      </select>
    </>
  );
  return (
    <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2">
      {select(
        "label",
        "Label",
        <>
          <option value="">{labels.length ? "Any label" : "No labels yet"}</option>
          {filter.label && !labels.some((l) => l.name === filter.label) ? <option value={filter.label}>{filter.label}</option> : null}
          {labels.map((l) => (
            <option key={l.name} value={l.name}>
              {l.name} ({formatCount(l.count)})
            </option>
          ))}
        </>,
        labels.length === 0 && !filter.label,
      )}
      {select("check", "Pre-flight", <PreflightOptions />)}
      {select(
        "pii",
        "Personal data",
        <>
          <option value="">Any</option>
          <option value="any">Contains personal data</option>
          {PII_KINDS.map((k) => (
            <option key={k} value={k}>
              {PII_LABELS[k]}
            </option>
          ))}
        </>,
      )}
      {select(
        "signal",
        "Other signals",
        <>
          <option value="">Any</option>
          {SIGNAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {SIGNAL_LABELS[k]}
            </option>
          ))}
          <option value="outlier">Length outlier</option>
        </>,
      )}
      {select(
        "language",
        "Language",
        <>
          <option value="">{languages.length ? "Any language" : "Not detected yet"}</option>
          {filter.language && !languages.some((l) => l.code === filter.language) ? (
            <option value={filter.language}>{languageName(filter.language)}</option>
          ) : null}
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {languageName(l.code)} ({formatCount(l.count)})
            </option>
          ))}
        </>,
        languages.length === 0 && !filter.language,
      )}
      <div className="col-span-2 flex flex-col gap-1.5 border-t border-zinc-100 pt-2">
        {TOGGLES.map(([key, label]) => (
          <label key={key} className="inline-flex cursor-pointer items-center gap-2 text-sm text-zinc-800">
            <input
              type="checkbox"
              checked={filter[key] === "1"}
              onChange={(e) => navigate({ [key]: e.target.checked ? "1" : null })}
              className="accent-indigo-600"
            />
            {label}
          </label>
        ))}
      </div>
    </div>
  );
}

function PreflightOptions() {
  return (
    <>
      <option value="">Any result</option>
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
    </>
  );
}
