"use client";

import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { describeFilter } from "@/lib/stats/describe-filter";
import { languageName } from "@/lib/quality/language-name";
import type { Navigate } from "./use-table-navigation";

// Filters the toolbar has no control for, which arrive by link (a bar of the
// statistics page): each shown in words with a way to remove it, so the table never
// filters by something the page does not say.

const GROUPS = [["moderation"], ["system"], ["tokensMin", "tokensMax"], ["assistantTokensMin", "assistantTokensMax"], ["turnsMin", "turnsMax"]] as const;

export function LinkFilterChips({ filter, navigate }: { filter: ConversationFilter; navigate: Navigate }) {
  const chips = GROUPS.flatMap((keys) => {
    const part = Object.fromEntries(keys.map((k) => [k, filter[k]])) as ConversationFilter;
    const [words] = describeFilter(part, languageName);
    return words ? [{ keys, words }] : [];
  });
  if (!chips.length) return null;
  return (
    <ul aria-label="Filters from links" className="flex flex-wrap gap-1.5">
      {chips.map(({ keys, words }) => (
        <li
          key={keys[0]}
          className="inline-flex items-center gap-1 rounded-full border border-indigo-200 bg-indigo-50 py-0.5 pl-2.5 pr-1 text-xs text-indigo-800"
        >
          {words}
          <button
            type="button"
            aria-label={`Remove the filter ${words}`}
            onClick={() => navigate(Object.fromEntries(keys.map((k) => [k, null])))}
            className="rounded-full px-1 text-indigo-500 hover:bg-indigo-100 hover:text-indigo-900"
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
