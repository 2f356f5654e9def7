import { z } from "zod";
import { PROVIDER_KINDS } from "../fine-tunes/fine-tune-vocabulary";
import { EVAL_BOUNDS, EVAL_DEFAULTS } from "../evals/eval-vocabulary";
import { ExportRequestSchema } from "./export-request";
import { Seed } from "./launch-request";
import { providerAddressRefused } from "./provider-choice";

// One evaluation as the form (FormData strings), the server action, the HTTP API
// (JSON) and the CLI (flags) ask for it. Blank fields take the defaults.

const blank = (v: unknown) => (v === "" || v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

const number = (name: string, b: { min: number; max: number }, int: boolean, fallback: number) => {
  const msg = `${name} must be ${int ? "a whole number" : "a number"} from ${b.min} to ${b.max}`;
  const n = z.coerce.number({ error: msg }).min(b.min, { error: msg }).max(b.max, { error: msg });
  return z.preprocess(blank, (int ? n.int({ error: msg }) : n).default(fallback));
};

const modelId = (name: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: `${name} is required: give a model id, e.g. gpt-4o-mini-2024-07-18 or ft:gpt-4o-mini-2024-07-18:org::id` })
      .min(1, { error: `${name} is required: give a model id, e.g. gpt-4o-mini-2024-07-18 or ft:gpt-4o-mini-2024-07-18:org::id` })
      .max(200, { error: `${name} must be at most 200 characters` }),
  );

/** A dataset's records to evaluate on: the export's status and table filter (approved by default). */
export const EvalDatasetFilterSchema = ExportRequestSchema.omit({ allowErrors: true });

export const EvalSourceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("snapshot"), snapshotId: z.string().min(1, { error: "choose a snapshot" }) }),
    z.object({
      kind: z.literal("dataset"),
      datasetId: z.string().min(1, { error: "choose a dataset marked for evaluation" }),
      filter: EvalDatasetFilterSchema.default({ status: "approved" }),
    }),
  ],
  { error: 'source must be {"kind": "snapshot", "snapshotId": …} or {"kind": "dataset", "datasetId": …}' },
);
export type EvalSource = z.infer<typeof EvalSourceSchema>;

export const EvalRequestSchema = z
  .object({
    name: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .max(EVAL_BOUNDS.name.max, { error: `name must be at most ${EVAL_BOUNDS.name.max} characters` })
        .optional(),
    ),
    source: EvalSourceSchema,
    /** For a dataset source: the training dataset losing examples go back to (default: the one model B was fine-tuned on). */
    trainingDatasetId: z.preprocess(blank, z.string().optional()),
    provider: z.preprocess(blank, z.enum(PROVIDER_KINDS, { error: `provider must be one of ${PROVIDER_KINDS.join(", ")}` }).default("openai")),
    ...providerAddressRefused,
    modelA: modelId("model A"),
    modelB: modelId("model B"),
    temperature: number("temperature", EVAL_BOUNDS.temperature, false, EVAL_DEFAULTS.temperature),
    maxTokens: number("max tokens", EVAL_BOUNDS.maxTokens, true, EVAL_DEFAULTS.maxTokens),
    concurrency: number("concurrency", EVAL_BOUNDS.concurrency, true, EVAL_DEFAULTS.concurrency),
    votesPerPair: number("votes per pair", EVAL_BOUNDS.votesPerPair, true, EVAL_DEFAULTS.votesPerPair),
    judgeModel: z.preprocess(blank, z.string().trim().max(200, { error: "judge model must be at most 200 characters" }).optional()),
    judgeRubric: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .max(EVAL_BOUNDS.rubric.max, { error: `the rubric must be at most ${EVAL_BOUNDS.rubric.max} characters` })
        .optional(),
    ),
    seed: Seed,
  })
  .superRefine((v, ctx) => {
    if (v.modelA === v.modelB) {
      ctx.addIssue({ code: "custom", path: ["modelB"], message: "model B is the same as model A: choose two different models to compare" });
    }
    if (v.judgeRubric && !v.judgeModel) {
      ctx.addIssue({ code: "custom", path: ["judgeModel"], message: "a rubric needs a judge model: choose one, or clear the rubric" });
    }
  });

export type EvalRequest = z.infer<typeof EvalRequestSchema>;
export type EvalRequestInput = z.input<typeof EvalRequestSchema>;
