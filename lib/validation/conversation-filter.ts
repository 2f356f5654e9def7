import { z } from "zod";
import { StatusSchema } from "./statuses";

// The table's view: filters, search, sort and page position. The same schema reads the
// page URL, the API query string and the export request, so a link, an API call and an
// export of "the current filter" always mean the same rows.

export const SORTS = ["created", "updated", "turns", "tokens", "status"] as const;
export type Sort = (typeof SORTS)[number];

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ConversationFilterSchema = z.object({
  status: z.preprocess(emptyToUndefined, StatusSchema.optional()),
  /** Label name. */
  label: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  /** Full-text search over message content. */
  q: z.preprocess(emptyToUndefined, z.string().trim().max(500, { error: "Keep the search under 500 characters" }).optional()),
  /** "1" shows only lines that failed to parse or validate. */
  invalid: z.preprocess(emptyToUndefined, z.enum(["1", "0"]).optional()),
  /** "1" shows only exact duplicates of an earlier record. */
  duplicate: z.preprocess(emptyToUndefined, z.enum(["1", "0"]).optional()),
  /** "1": in a duplicate cluster of the latest de-duplication run; "0": in none. */
  cluster: z.preprocess(emptyToUndefined, z.enum(["1", "0"]).optional()),
});

export const ConversationPageSchema = ConversationFilterSchema.extend({
  sort: z.preprocess(emptyToUndefined, z.enum(SORTS, { error: `sort must be one of ${SORTS.join(", ")}` }).default("created")),
  dir: z.preprocess(emptyToUndefined, z.enum(["asc", "desc"]).default("desc")),
  cursor: z.preprocess(emptyToUndefined, z.string().max(500).optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500, { error: "limit must be at most 500" }).default(50)),
});

export type ConversationFilter = z.infer<typeof ConversationFilterSchema>;
export type ConversationPageQuery = z.infer<typeof ConversationPageSchema>;

/** Reads URLSearchParams or a Next searchParams object into a plain record for the schemas above. */
export function paramsToObject(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    params.forEach((v, k) => (out[k] = v));
  } else {
    for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = Array.isArray(v) ? v[0] : v;
  }
  return out;
}
