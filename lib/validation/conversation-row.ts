import { z } from "zod";

// One row of the conversations table as the browser receives it. The page parses the
// data layer's rows through this schema, so the client gets exactly these fields.
export const ConversationRowSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  status: z.string(),
  preview: z.string(),
  turns: z.number().int(),
  tokens: z.number().int().nullable(),
  sourceLine: z.number().int().nullable(),
  duplicateOfId: z.number().int().nullable(),
  keeperId: z.number().int().nullable(),
  cluster: z.object({ id: z.number().int(), kind: z.string(), similarity: z.number(), size: z.number().int() }).nullable(),
  updatedAt: z.string(),
  labels: z.array(z.object({ name: z.string(), color: z.string() })),
  quality: z.object({
    /** False while the background pass has not checked this version of the record. */
    checked: z.boolean(),
    errorCount: z.number().int(),
    findingCodes: z.array(z.string()),
    pii: z.array(z.string()),
    language: z.string().nullable(),
    /** Stored signals plus "outlier" when the token count is outside the dataset's fences. */
    signals: z.array(z.string()),
    moderationFlagged: z.boolean().nullable(),
  }),
  /** Where a searched row matched: text with the matches between delimiters (lib/search/snippet-marks.ts). */
  snippet: z.string().optional(),
});

export const ConversationRowsSchema = z.array(ConversationRowSchema);

export type ConversationRow = z.infer<typeof ConversationRowSchema>;
