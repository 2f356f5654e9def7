import { z } from "zod";
import { resolveModel } from "../models/fine-tunable-models";
import { FINE_TUNE_METHODS, MAX_SWEEP_JOBS, PROVIDER_KINDS, SEED_MAX, SUFFIX_MAX_LENGTH, type ProviderKind } from "../fine-tunes/fine-tune-vocabulary";
import { autoOrNumber, axisValues, type AutoOrNumber } from "./hyperparameter-value";
import { providerAddressRefused } from "./provider-choice";

// One fine-tune launch as the dialog (FormData strings), the server action, the HTTP
// API (JSON) and the CLI (flags) ask for it. Empty strings mean "not given", so a
// form's blank field takes the default: "auto" for hyperparameters, none for the rest.

/**
 * Suffix characters: OpenAI's spec gives only the length (1-64); Azure's fine-tuning
 * API documents letters, digits, "-" and "_" and at most 40 characters. One schema
 * serves both, so it takes the documented set: a "." or ":" would also be ambiguous
 * inside "ft:<model>:<org>:<suffix>:<id>" names.
 */
export const SUFFIX_PATTERN = /^[A-Za-z0-9_-]+$/;
export const AZURE_SUFFIX_MAX_LENGTH = 40;
export const suffixMaxLength = (provider: ProviderKind) => (provider === "azure" ? AZURE_SUFFIX_MAX_LENGTH : SUFFIX_MAX_LENGTH);

export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : typeof v === "string" && v.trim() === "" ? undefined : v);

const Suffix = z.preprocess(
  (v) => emptyToUndefined(typeof v === "string" ? v.trim() : v),
  z
    .string({ error: "suffix must be text" })
    .max(SUFFIX_MAX_LENGTH, { error: `suffix must be at most ${SUFFIX_MAX_LENGTH} characters` })
    .regex(SUFFIX_PATTERN, { error: "suffix may contain only letters, digits, - and _ (no spaces or dots)" })
    .optional(),
);

/** A seed as forms, JSON and flags send it; blank means none. Shared with evaluations. */
export const Seed = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: `seed must be a whole number from 0 to ${SEED_MAX}` })
    .int({ error: `seed must be a whole number from 0 to ${SEED_MAX}` })
    .min(0, { error: `seed must be a whole number from 0 to ${SEED_MAX}` })
    .max(SEED_MAX, { error: `seed must be a whole number from 0 to ${SEED_MAX}` })
    .optional(),
);

const idempotencyKey = (max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: "idempotencyKey must be text" })
      .regex(new RegExp(`^[A-Za-z0-9_-]{8,${max}}$`), { error: `idempotencyKey must be 8 to ${max} letters, digits, - or _` })
      .optional(),
  );

/** The launch fields without the cross-field rules, so the sweep can extend them. */
export const launchFields = {
  provider: z.preprocess(emptyToUndefined, z.enum(PROVIDER_KINDS, { error: `provider must be one of ${PROVIDER_KINDS.join(", ")}` }).default("openai")),
  model: z
    .string({ error: "model is required, e.g. gpt-4o-mini-2024-07-18" })
    .trim()
    .min(1, { error: "model is required, e.g. gpt-4o-mini-2024-07-18" })
    .max(200, { error: "model must be at most 200 characters" }),
  method: z.preprocess(emptyToUndefined, z.enum(FINE_TUNE_METHODS, { error: `method must be one of ${FINE_TUNE_METHODS.join(", ")}` }).default("supervised")),
  n_epochs: autoOrNumber("n_epochs"),
  batch_size: autoOrNumber("batch_size"),
  learning_rate_multiplier: autoOrNumber("learning_rate_multiplier"),
  beta: autoOrNumber("beta"),
  suffix: Suffix,
  seed: Seed,
  idempotencyKey: idempotencyKey(IDEMPOTENCY_KEY_MAX_LENGTH),
  ...providerAddressRefused,
};

type LaunchShape = {
  provider: ProviderKind;
  model: string;
  method: (typeof FINE_TUNE_METHODS)[number];
  beta: AutoOrNumber;
  suffix?: string;
};

/** Rules across fields, shared with the sweep: beta is DPO's; Azure's shorter suffix; the model's methods. */
export function checkLaunchFields(value: LaunchShape, ctx: z.RefinementCtx) {
  if (value.method !== "dpo" && value.beta !== "auto") {
    ctx.addIssue({ code: "custom", path: ["beta"], message: "beta applies only to method dpo: leave it auto, or choose method dpo" });
  }
  // Longer than 64 is already refused by the field itself; one message is enough.
  const length = value.suffix?.length ?? 0;
  if (value.provider === "azure" && length > AZURE_SUFFIX_MAX_LENGTH && length <= SUFFIX_MAX_LENGTH) {
    ctx.addIssue({ code: "custom", path: ["suffix"], message: `suffix must be at most ${AZURE_SUFFIX_MAX_LENGTH} characters for Azure OpenAI` });
  }
  // Compatible endpoints name and train their own models, so only OpenAI's and Azure's are checked.
  const known = value.provider === "compatible" ? undefined : resolveModel(value.model);
  if (known && !known.methods.includes(value.method)) {
    ctx.addIssue({
      code: "custom",
      path: ["method"],
      message: `${known.id} can be fine-tuned only with method ${known.methods.join(" or ")}; choose another model for ${value.method}`,
    });
  }
}

export const LaunchRequestSchema = z.object(launchFields).superRefine(checkLaunchFields);

export type LaunchRequest = z.infer<typeof LaunchRequestSchema>;
export type LaunchRequestInput = z.input<typeof LaunchRequestSchema>;

// A sweep: the launch fields plus up to three axes; every combination becomes one job.

export const SWEEP_AXES = ["n_epochs", "learning_rate_multiplier", "batch_size"] as const;
export type SweepAxis = (typeof SWEEP_AXES)[number];

/** Each job's key is the sweep's plus "-<n>", which must still fit the launch's limit. */
export const SWEEP_IDEMPOTENCY_KEY_MAX_LENGTH = IDEMPOTENCY_KEY_MAX_LENGTH - 1 - String(MAX_SWEEP_JOBS).length;

export const SweepRequestSchema = z
  .object({
    ...launchFields,
    idempotencyKey: idempotencyKey(SWEEP_IDEMPOTENCY_KEY_MAX_LENGTH),
    n_epochs_values: axisValues("n_epochs"),
    learning_rate_multiplier_values: axisValues("learning_rate_multiplier"),
    batch_size_values: axisValues("batch_size"),
  })
  .superRefine((value, ctx) => {
    checkLaunchFields(value, ctx);
    const swept: { axis: SweepAxis; values: AutoOrNumber[] }[] = [];
    for (const axis of SWEEP_AXES) {
      const values = value[`${axis}_values`];
      if (!values) continue;
      swept.push({ axis, values });
      if (value[axis] !== "auto") {
        ctx.addIssue({ code: "custom", path: [axis], message: `give ${axis} or ${axis}_values, not both: the sweep sets ${axis} from its values` });
      }
    }
    const jobs = swept.reduce((n, s) => n * s.values.length, 1);
    if (jobs > MAX_SWEEP_JOBS) {
      const sizes = swept.map((s) => `${s.values.length} ${s.axis}`).join(" × ");
      ctx.addIssue({
        code: "custom",
        path: [],
        message: `this grid would launch ${jobs} jobs (${sizes} values); a sweep launches at most ${MAX_SWEEP_JOBS}, so remove some values`,
      });
    } else if (jobs < 2) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "a sweep needs at least two values on one axis, such as n_epochs_values 2,3; for a single job, launch it on its own",
      });
    }
  });

export type SweepRequest = z.infer<typeof SweepRequestSchema>;
export type SweepRequestInput = z.input<typeof SweepRequestSchema>;
