import { z } from "zod";
import { DecisionSchema } from "./statuses";
import { checkRecordFields, LabelNameSchema } from "./conversation-patch";

// Inputs of the conversation page's actions. Each names the version the reviewer was
// looking at, so a change made meanwhile by someone else is refused, not overwritten.

const ConversationRef = {
  id: z.coerce.number({ error: "conversation id is required" }).int().positive(),
  version: z.coerce.number({ error: "version is required" }).int().min(1),
};

export const SetConversationStatusSchema = z.object({ ...ConversationRef, status: DecisionSchema });

/** The longest line the page's fix form can send. */
export const FIX_LINE_MAX_CHARS = 1_900_000;

export const FixInvalidLineSchema = z.object({
  ...ConversationRef,
  raw: z
    .string({ error: "Paste the JSON object of the line" })
    .trim()
    .min(1, { error: "The line is empty: paste the JSON object of the line" })
    // Server actions accept bodies up to 2 MB (next.config.js); bigger lines go through the API.
    .max(FIX_LINE_MAX_CHARS, { error: "This line is too long to fix here; fix it in the file and import it again" }),
});

export const SaveReviewNoteSchema = z.object({
  ...ConversationRef,
  note: z.string().max(20_000, { error: "Keep the note under 20,000 characters" }),
});

export const SetConversationLabelsSchema = z.object({
  ...ConversationRef,
  labels: z.array(LabelNameSchema).max(50, { error: "At most 50 labels on one conversation" }),
});

/** Restore an earlier version (`restore`) on top of the current one (`version`). */
export const RestoreRevisionSchema = z.object({
  ...ConversationRef,
  restore: z.coerce.number({ error: "name the version to restore" }).int().min(1),
});

/** A chat conversation's turns and tools as the editor saves them (checked by the format rules on save). */
const SaveConversationFields = {
  ...ConversationRef,
  messages: z.array(z.record(z.string(), z.unknown())).max(5000, { error: "At most 5,000 turns" }),
  tools: z.array(z.unknown()).nullable(),
};
export const SaveConversationSchema = z.object(SaveConversationFields).superRefine(checkRecordFields);

const PreferenceOutputSchema = z.array(z.record(z.string(), z.unknown())).max(10, { error: "An answer holds one assistant message" });

/**
 * A preference (DPO) record's three parts as the preference editor saves them: the
 * input's turns (its other keys, such as tools, come back as they were) and the two answers.
 */
export const SavePreferenceSchema = z
  .object({
    ...ConversationRef,
    input: z.looseObject({ messages: SaveConversationFields.messages }),
    preferred_output: PreferenceOutputSchema,
    non_preferred_output: PreferenceOutputSchema,
  })
  .superRefine(checkRecordFields);

export type SavePreferenceInput = z.input<typeof SavePreferenceSchema>;
export type SaveConversationInput = z.input<typeof SaveConversationSchema>;
export type RestoreRevisionInput = z.input<typeof RestoreRevisionSchema>;
export type SetConversationLabelsInput = z.input<typeof SetConversationLabelsSchema>;
export type SetConversationStatusInput = z.input<typeof SetConversationStatusSchema>;
export type FixInvalidLineInput = z.input<typeof FixInvalidLineSchema>;
export type SaveReviewNoteInput = z.input<typeof SaveReviewNoteSchema>;
