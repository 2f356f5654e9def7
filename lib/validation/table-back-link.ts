import { z } from "zod";
import { ConversationPageSchema } from "./conversation-filter";

// The conversation page's "Back to table" link carries the table's query string in
// ?back=. It is rebuilt from the table's own keys only, so whatever arrives can only
// ever become "?status=…&cursor=…" on the dataset page, never another address.

const TABLE_KEYS = ConversationPageSchema.keyof().options;

export const TableBackLinkSchema = z
  .string()
  .max(4000)
  .transform((raw) => {
    const given = new URLSearchParams(raw.startsWith("?") ? raw.slice(1) : raw);
    const kept = new URLSearchParams();
    for (const key of TABLE_KEYS) {
      const value = given.get(key);
      if (value) kept.set(key, value.slice(0, 500));
    }
    return kept.toString();
  });

/** The query string to return to, or "" when `back` is missing or unusable. */
export function tableBackQuery(back: unknown): string {
  const parsed = TableBackLinkSchema.safeParse(back);
  return parsed.success ? parsed.data : "";
}
