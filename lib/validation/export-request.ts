import { z } from "zod";
import { ConversationFilterSchema } from "./conversation-filter";
import { STATUSES } from "./statuses";
import { booleanParam } from "./boolean-param";

// What to export. `status` defaults to approved: the set a lead means to train on.
// "all" exports every valid record whatever its status, except resolved duplicates. The other filter fields are
// the table's, so "export the current filter" sends the table's own query.
export const EXPORT_STATUSES = [...STATUSES, "all"] as const;

export const ExportRequestSchema = ConversationFilterSchema.omit({ status: true, invalid: true }).extend({
  status: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.enum(EXPORT_STATUSES, { error: `status must be one of ${EXPORT_STATUSES.join(", ")}` }).default("approved"),
  ),
  /** true (or 1): write the file even though the pre-flight check found errors (recorded in the audit log). */
  allowErrors: booleanParam("allowErrors"),
});

export type ExportRequest = z.infer<typeof ExportRequestSchema>;
