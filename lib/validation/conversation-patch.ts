import { z } from "zod";
import { StatusSchema } from "./statuses";

// A change to one conversation. `version` is the version the client last saw; a stale
// one is refused with 409 and the current record, never silently overwritten.
export const ConversationPatchSchema = z
  .object({
    version: z.number({ error: "version is required: send the version you edited" }).int().min(1),
    status: StatusSchema.optional(),
    note: z.string().max(20_000, { error: "Keep the note under 20,000 characters" }).optional(),
    /** Replacement JSON text of the whole line: how an invalid record is fixed in place. */
    raw: z.string().max(64 * 1024 * 1024).optional(),
  })
  .refine((p) => p.status !== undefined || p.note !== undefined || p.raw !== undefined, {
    error: "Nothing to change: send status, note or raw along with version",
  });

export type ConversationPatch = z.infer<typeof ConversationPatchSchema>;
