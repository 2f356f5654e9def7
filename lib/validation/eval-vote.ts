import { z } from "zod";
import { DISPLAY_CHOICES } from "../evals/eval-vocabulary";

// An annotator's blind verdict on one pair, as the judging page and the API send it:
// the side of the screen that was better, never a model. The server turns it into the
// models' terms with the pair's seeded order for that annotator.

export const EVAL_VOTE_NOTE_MAX = 2000;

export const EvalVoteSchema = z.object({
  exampleId: z.coerce
    .number({ error: "exampleId is required: the id of the pair being judged, as the queue gave it" })
    .int({ error: "exampleId must be a whole number, as the queue gave it" })
    .positive({ error: "exampleId must be a positive id, as the queue gave it" }),
  choice: z.enum(DISPLAY_CHOICES, { error: 'choice must be "left", "right", "tie" or "both_bad"' }),
  note: z
    .string({ error: "note must be text" })
    .trim()
    .max(EVAL_VOTE_NOTE_MAX, { error: `Keep the note under ${EVAL_VOTE_NOTE_MAX.toLocaleString("en-US")} characters` })
    .default(""),
});

export type EvalVoteInput = z.input<typeof EvalVoteSchema>;
export type EvalVote = z.output<typeof EvalVoteSchema>;

/** Pairs set aside in this sitting, so the next one asked for is another. */
export const SkipListSchema = z
  .array(z.coerce.number({ error: "skip lists pair ids" }).int({ error: "skip lists whole pair ids" }).positive({ error: "skip lists positive pair ids" }))
  .max(10_000, { error: "Skip at most 10,000 pairs at once; reload the page to start a new sitting" })
  .default([]);
