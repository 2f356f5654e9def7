import { z } from "zod";
import { PROVIDER_KINDS } from "../fine-tunes/fine-tune-vocabulary";
import { apiKeyProblem, apiVersionProblem, azureEndpointProblem, baseURLProblem, idProblem } from "../providers/provider-field-rules";

// A fine-tuning provider's settings as an admin saves them on the settings page (and, in
// time, through the API). Each kind has its own fields; blank optional fields are unset.
// A blank key keeps the key already saved (a page never holds it to send it back).

const KINDS_ERROR = { error: `Pick a provider: ${PROVIDER_KINDS.join(", ")}.` };

const blank = (v: unknown) => (typeof v === "string" ? v.trim() || undefined : (v ?? undefined));

/** A trimmed text field following one of the provider field rules; `required` is the message when it is blank. */
function ruled(rule: (value: string) => string | null, required?: string) {
  const text = z.string({ error: required ?? "Send this field as text." }).superRefine((value, ctx) => {
    const problem = rule(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
  return z.preprocess(blank, required ? text : text.optional());
}

const apiKey = ruled(apiKeyProblem);

export const ProviderSettingSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("openai"),
      apiKey,
      organization: ruled(idProblem),
      project: ruled(idProblem),
      // Only for OpenAI's regional addresses (such as https://eu.api.openai.com/v1) or a proxy in front of it.
      baseURL: ruled(baseURLProblem),
    }),
    z.object({
      kind: z.literal("azure"),
      baseURL: ruled(azureEndpointProblem, "Enter the resource endpoint, such as https://my-resource.openai.azure.com."),
      apiVersion: ruled(apiVersionProblem, "Enter the API version to use, such as 2024-10-21."),
      apiKey,
    }),
    z.object({
      kind: z.literal("compatible"),
      baseURL: ruled(baseURLProblem, "Enter the endpoint's base URL, such as https://llm.example.com/v1."),
      apiKey,
    }),
  ],
  KINDS_ERROR,
);
export type ProviderSettingInput = z.infer<typeof ProviderSettingSchema>;

/** Removing a kind's saved settings, so the environment's apply again. */
export const ProviderKindSchema = z.object({ kind: z.enum(PROVIDER_KINDS, KINDS_ERROR) });
export type ProviderKindInput = z.infer<typeof ProviderKindSchema>;

/** Field names the settings form uses, for its errors. */
export type ProviderSettingField = "baseURL" | "apiKey" | "apiVersion" | "organization" | "project";
