import { z } from "zod";
import { StatusSchema } from "./statuses";
import { FINDING_CODES } from "../preflight/codes";
import { PII_KINDS, SIGNAL_KINDS } from "../quality/kinds";

// The table's view: filters, search, sort and page position. The same schema reads the
// page URL, the API query string and the export request, so a link, an API call and an
// export of "the current filter" always mean the same rows.

export const SORTS = ["created", "updated", "turns", "tokens", "status"] as const;
export type Sort = (typeof SORTS)[number];

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

// Range bounds come from chart bars ("tokens 512 to 1,023"): inclusive minimum, exclusive maximum.
const bound = (name: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int({ error: `${name} must be a whole number` })
      .min(0, { error: `${name} must be 0 or more` })
      .optional(),
  );

/** Pre-flight filter: any error, any warning, no finding at all, or one code. */
export const CHECK_FILTERS = ["errors", "warnings", "clean", ...FINDING_CODES] as const;
/** Quality signals: the stored ones plus "outlier", which is worked out from the dataset's token distribution. */
export const SIGNAL_FILTERS = [...SIGNAL_KINDS, "outlier"] as const;

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
  /** Pre-flight findings under the dataset's target model. */
  check: z.preprocess(emptyToUndefined, z.enum(CHECK_FILTERS, { error: `check must be one of ${CHECK_FILTERS.join(", ")}` }).optional()),
  /** Personal data: "any" or one kind. */
  pii: z.preprocess(emptyToUndefined, z.enum(["any", ...PII_KINDS], { error: `pii must be one of any, ${PII_KINDS.join(", ")}` }).optional()),
  signal: z.preprocess(emptyToUndefined, z.enum(SIGNAL_FILTERS, { error: `signal must be one of ${SIGNAL_FILTERS.join(", ")}` }).optional()),
  /** ISO 639-1 language code as detected ("en"), or "und" for text too short to tell. */
  language: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}$/, { error: "language must be a language code such as en, or und" })
      .optional(),
  ),
  /** Hash of a system prompt (from the statistics page), or "none" for records without one. */
  system: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^(none|[0-9a-f]{16,64})$/, { error: "system must be a system-prompt hash from the statistics page, or none" })
      .optional(),
  ),
  /** "flagged": the provider's moderation scan flagged it; "unscanned": never scanned. */
  moderation: z.preprocess(emptyToUndefined, z.enum(["flagged", "unscanned"], { error: "moderation must be flagged or unscanned" }).optional()),
  tokensMin: bound("tokensMin"),
  tokensMax: bound("tokensMax"),
  assistantTokensMin: bound("assistantTokensMin"),
  assistantTokensMax: bound("assistantTokensMax"),
  turnsMin: bound("turnsMin"),
  turnsMax: bound("turnsMax"),
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
