import { z } from "zod";
import { ExportRequestSchema } from "./export-request";
import { SYSTEM_PROMPT_MODES } from "../snapshots/bake-system-prompt";
import { SEED_MAX } from "../fine-tunes/fine-tune-vocabulary";

// A snapshot as the form, the server action, the HTTP API and the CLI ask for it: the
// export request (status, table filter, allowErrors) plus the split and what to do
// with each example's system prompt. Form fields arrive as strings, so empty means
// "not given" and numbers are coerced.

export const MAX_VALIDATION_FRACTION = 0.5;
export const MAX_REPLACEMENT_CHARS = 2000;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const SnapshotRequestSchema = ExportRequestSchema.extend({
  /** Share of records for validation.jsonl; 0 or absent: no split. */
  validation: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "validation must be a number from 0 to 0.5, such as 0.1 for a tenth of the records" })
      .min(0, { error: "validation must be 0 or more (0 makes no validation file)" })
      .max(MAX_VALIDATION_FRACTION, { error: "validation must be at most 0.5: the training side should keep at least half the records" })
      .optional(),
  ),
  /** Seeds the split; the same records and seed give the same split. Picked at random when absent. */
  seed: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "seed must be a whole number" })
      .int({ error: "seed must be a whole number" })
      .min(0, { error: "seed must be 0 or more" })
      .max(SEED_MAX, { error: `seed must be at most ${SEED_MAX.toLocaleString("en-US")}` })
      .optional(),
  ),
  systemPrompt: z.preprocess(
    emptyToUndefined,
    z.enum(SYSTEM_PROMPT_MODES, { error: `systemPrompt must be one of ${SYSTEM_PROMPT_MODES.join(", ")}` }).default("keep"),
  ),
  /** The short system prompt that replaces each example's own (systemPrompt=replace). */
  replacement: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(MAX_REPLACEMENT_CHARS, { error: `replacement must be at most ${MAX_REPLACEMENT_CHARS.toLocaleString("en-US")} characters` })
      .optional(),
  ),
}).superRefine((r, ctx) => {
  if (r.systemPrompt === "replace" && !r.replacement) {
    ctx.addIssue({
      code: "custom",
      path: ["replacement"],
      message: "replacement is required when systemPrompt is replace: write the short system prompt to use",
    });
  }
});

export type SnapshotRequest = z.infer<typeof SnapshotRequestSchema>;
export type SnapshotRequestInput = z.input<typeof SnapshotRequestSchema>;
