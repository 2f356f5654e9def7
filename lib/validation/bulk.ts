import { z } from "zod";
import { DecisionSchema } from "./statuses";
import { LabelNameSchema } from "./conversation-patch";
import { ConversationFilterSchema } from "./conversation-filter";
import type { FindReplacePreview } from "../bulk/preview";

// One bulk change: which conversations (picked ids, or every record matching the
// table's filter) and what to do to them. The dataset page, the HTTP API and the CLI
// all parse this schema, so a selection means the same rows everywhere.

export const MAX_BULK_IDS = 100_000;

export const BulkSelectionSchema = z.union(
  [
    z.object({
      ids: z
        .array(z.coerce.number().int().positive(), { error: "ids must be a list of conversation ids" })
        .min(1, { error: "Select at least one conversation" })
        .max(MAX_BULK_IDS, { error: `At most ${MAX_BULK_IDS.toLocaleString("en-US")} ids; use a filter for more` }),
    }),
    z.object({ filter: ConversationFilterSchema }),
  ],
  { error: 'selection must be {"ids": [1, 2]} or {"filter": {"status": …, "label": …, "q": …}}' },
);

const Labels = z.array(LabelNameSchema).min(1, { error: "Name at least one label" }).max(50, { error: "At most 50 labels at once" });

export const FindReplaceActionSchema = z.object({
  type: z.literal("find_replace"),
  find: z.string().min(1, { error: "Type the text to find" }).max(1000, { error: "Keep the text to find under 1,000 characters" }),
  replace: z.string().max(100_000, { error: "Keep the replacement under 100,000 characters" }),
  regex: z.boolean().default(false),
  case_sensitive: z.boolean().default(false),
  role: z.enum(["system", "user", "assistant", "tool"], { error: "role must be one of system, user, assistant, tool" }).optional(),
});

export const BulkActionSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("set_status"), status: DecisionSchema }),
    z.object({ type: z.literal("add_labels"), labels: Labels }),
    z.object({ type: z.literal("remove_labels"), labels: Labels }),
    /** Empty text removes the system prompt. */
    z.object({ type: z.literal("replace_system_prompt"), text: z.string().max(100_000, { error: "Keep the system prompt under 100,000 characters" }) }),
    FindReplaceActionSchema,
    /** Replaces personal data in message text with typed placeholders such as [EMAIL]. */
    z.object({ type: z.literal("redact_pii") }),
    z.object({ type: z.literal("delete") }),
    z.object({ type: z.literal("restore") }),
  ],
  { error: "action.type must be one of set_status, add_labels, remove_labels, replace_system_prompt, find_replace, redact_pii, delete, restore" },
);

/** Actions that rewrite message text: previewed, applied through the record's text, undone from its revision. */
export const TEXT_ACTIONS = ["replace_system_prompt", "find_replace", "redact_pii"] as const;
export type TextActionType = (typeof TEXT_ACTIONS)[number];

export function isTextAction<A extends { type: string }>(action: A): action is Extract<A, { type: TextActionType }> {
  return (TEXT_ACTIONS as readonly string[]).includes(action.type);
}

export const BulkRequestSchema = z.object({
  selection: BulkSelectionSchema,
  action: BulkActionSchema,
  /** Dry run: counts (and samples for find-and-replace), nothing written. */
  preview: z.boolean().default(false),
});

export const UndoBulkSchema = z.object({
  datasetId: z.string().min(1),
  operationId: z.string().min(1, { error: "Name the bulk change to undo" }),
});

export const RestoreFromTrashSchema = z.object({
  datasetId: z.string().min(1),
  ids: z.array(z.coerce.number().int().positive()).min(1, { error: "Select at least one conversation to restore" }).max(MAX_BULK_IDS),
});

export type BulkSelection = z.infer<typeof BulkSelectionSchema>;
export type BulkAction = z.infer<typeof BulkActionSchema>;
export type BulkActionType = BulkAction["type"];
export type BulkRequest = z.infer<typeof BulkRequestSchema>;
export type BulkRequestInput = z.input<typeof BulkRequestSchema>;

/** What the dataset page gets back from a bulk action: a preview, or the change made. */
export type BulkPreviewResult = FindReplacePreview & { selected: number; skipped: number; summary: string };
export type BulkDoneResult = { operation: { id: string; count: number; summary: string }; skipped: number };
