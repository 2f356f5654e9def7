import { z } from "zod";
import { ConversationPageSchema } from "./conversation-filter";

// Review mode's URL: the table's filter and sort (so it walks the rows in the order the
// table shows them) and the conversation on screen. Paging keys are dropped: review
// mode moves one record at a time from wherever it stands.

export const ReviewQuerySchema = ConversationPageSchema.omit({ cursor: true, limit: true }).extend({
  at: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
});

export type ReviewQuery = z.infer<typeof ReviewQuerySchema>;

const REVIEW_KEYS = ["status", "label", "q", "invalid", "duplicate", "cluster", "sort", "dir"] as const;

/** The query string of review mode at conversation `at`, keeping the filter and sort from `from`. */
export function reviewQueryString(from: URLSearchParams | string, at?: number | string | null): string {
  const given = new URLSearchParams(from);
  const q = new URLSearchParams();
  for (const key of REVIEW_KEYS) {
    const value = given.get(key);
    if (value) q.set(key, value);
  }
  if (at) q.set("at", String(at));
  return q.toString();
}
