"use client";

import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { describeFilter } from "@/lib/stats/describe-filter";
import { languageName } from "@/lib/quality/language-name";
import type { Navigate } from "./use-table-navigation";

// Every filter beyond search and status, in words with a way to remove it: those added
// from the "+ Filter" menu and those that arrive by link (a bar of the statistics page),
// so the table never filters by something the page does not say.

const GROUPS = [
  ["label"],
  ["invalid"],
  ["duplicate"],
  ["cluster"],
  ["check"],
  ["pii"],
  ["signal"],
  ["language"],
  ["moderation"],
  ["system"],
  ["tokensMin", "tokensMax"],
  ["assistantTokensMin", "assistantTokensMax"],
  ["turnsMin", "turnsMax"],
] as const;

export function FilterChips({ filter, navigate }: { filter: ConversationFilter; navigate: Navigate }) {
  const chips = GROUPS.flatMap((keys) => {
    const part = Object.fromEntries(keys.map((k) => [k, filter[k]])) as ConversationFilter;
    const [words] = describeFilter(part, languageName);
    return words ? [{ keys, words }] : [];
  });
  if (!chips.length) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {chips.map(({ keys, words }) => (
        <li key={keys[0]} className="inline-flex h-8 items-center gap-1 rounded-full border border-indigo-200 bg-indigo-50 pl-3 pr-1 text-sm text-indigo-900">
          {words}
          <button
            type="button"
            aria-label={`Remove the filter ${words}`}
            onClick={() => navigate(Object.fromEntries(keys.map((k) => [k, null])))}
            className="grid size-6 place-items-center rounded-full text-indigo-700 hover:bg-indigo-100 hover:text-indigo-950"
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
