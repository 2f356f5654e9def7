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
    // In the given order, so the table's URL comes back exactly as it was.
    for (const [key, value] of given) {
      if ((TABLE_KEYS as readonly string[]).includes(key) && value && !kept.has(key)) kept.set(key, value.slice(0, 500));
    }
    return kept.toString();
  });

/** The query string to return to, or "" when `back` is missing or unusable. */
export function tableBackQuery(back: unknown): string {
  const parsed = TableBackLinkSchema.safeParse(back);
  return parsed.success ? parsed.data : "";
}
