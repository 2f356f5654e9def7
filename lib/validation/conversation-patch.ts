import { z } from "zod";
import { DecisionSchema } from "./statuses";
import { RECORD_KEYS } from "./conversation-record";
import { deepNestingMessage, findDeepValue, jsonSizeExceeds, MAX_JSON_DEPTH } from "../formats/json-depth";

// A change to one conversation. `version` is the version the client last saw; a stale
// one is refused with 409 and the current record, never silently overwritten.
// Record fields (messages, tools, … or the preference fields) replace the record's own
// keys (null removes one); whether the result is valid is the format's rules' call,
// and a broken record is saved and shown, only not approvable.

export const LabelNameSchema = z.string().trim().min(1, { error: "A label needs a name" }).max(50, { error: "Keep label names under 50 characters" });

const recordField = z.unknown().optional();

/** The largest line: raw text and record fields alike. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

export const ConversationPatchSchema = z
  .object({
    version: z.number({ error: "version is required: send the version you edited" }).int().min(1),
    status: DecisionSchema.optional(),
    note: z.string().max(20_000, { error: "Keep the note under 20,000 characters" }).optional(),
    /** The conversation's full set of label names; new names are created on the fly. */
    labels: z.array(LabelNameSchema).max(50, { error: "At most 50 labels on one conversation" }).optional(),
    /** Replacement JSON text of the whole line: how an invalid record is fixed in place. */
    raw: z.string().max(MAX_RECORD_CHARS).optional(),
    ...Object.fromEntries(RECORD_KEYS.map((k) => [k, recordField])),
  })
  .refine((p) => Object.keys(p).some((k) => k !== "version" && p[k as keyof typeof p] !== undefined), {
    error: `Nothing to change: send version with any of status, note, labels, raw, ${RECORD_KEYS.join(", ")}`,
  })
  .refine((p) => p.raw === undefined || RECORD_KEYS.every((k) => !(k in p)), {
    error: "Send either raw (the whole line) or record fields, not both",
  })
  .superRefine(checkRecordFields);

/**
 * Record fields are bounded in size and depth before anything walks them: shared by the
 * patch and by the page's editors' schemas, which are the only parse their input gets.
 */
export function checkRecordFields(p: object, ctx: z.RefinementCtx) {
  const fields = Object.fromEntries(RECORD_KEYS.map((k) => [k, (p as Record<string, unknown>)[k]]));
  // First, as it bounds the walk below: a server action's arguments may reuse one
  // object many times, so a small request can stand for a huge record.
  if (jsonSizeExceeds(fields, MAX_RECORD_CHARS)) {
    ctx.addIssue({ code: "custom", path: [], message: "The record would be larger than 64 MB written out: make it smaller" });
    return;
  }
  // A field sits one level inside the line, so it gets one level less. Checked here,
  // before the record is serialised (which would overflow the stack) or written.
  for (const k of RECORD_KEYS) {
    const deep = findDeepValue(fields[k], MAX_JSON_DEPTH - 1);
    if (!deep) continue;
    const at = deep.path === "" || deep.path.startsWith("[") ? `${k}${deep.path}` : `${k}.${deep.path}`;
    ctx.addIssue({ code: "custom", path: [], message: `${at}: ${deepNestingMessage(MAX_JSON_DEPTH)}` });
  }
}

export type ConversationPatch = z.infer<typeof ConversationPatchSchema> & Partial<Record<(typeof RECORD_KEYS)[number], unknown>>;
