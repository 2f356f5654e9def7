import { z } from "zod";
import { DEDUP_SCOPES } from "../dedup/scope";

// A de-duplication run as the form, the server action, the HTTP API and the CLI ask for it.

export const DEFAULT_THRESHOLD = 0.8;

export const DedupRequestSchema = z.object({
  threshold: z.coerce
    .number({ error: "threshold must be a number between 0.3 and 1, such as 0.8" })
    .min(0.3, { error: "threshold must be at least 0.3: below that, records share little more than their topic" })
    .max(1, { error: "threshold must be at most 1 (1 finds only records with the same words)" })
    .default(DEFAULT_THRESHOLD),
  scope: z.enum(DEDUP_SCOPES, { error: `scope must be one of ${DEDUP_SCOPES.join(", ")}` }).default("conversation"),
  /** Leakage check: the id of another dataset whose records this one's are compared with. */
  against: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
});
export type DedupRequest = z.infer<typeof DedupRequestSchema>;

// Checkboxes send "on"; JSON sends true/false; a missing field means no.
const Flag = z.preprocess(
  (v) => (v === "on" || v === "true" ? true : v === "false" || v === "" || v == null ? false : v),
  z.boolean({ error: "expected true or false" }),
);

export const ResolveClusterSchema = z.object({
  clusterId: z.coerce.number().int().positive(),
  keeperId: z.coerce.number({ error: "pick the record to keep" }).int().positive(),
  mergeLabels: Flag,
});
export type ResolveClusterInput = z.input<typeof ResolveClusterSchema>;

export const ResolveExactSchema = z.object({ runId: z.string().min(1), mergeLabels: Flag });
