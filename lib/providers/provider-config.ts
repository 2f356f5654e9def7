import { AppError } from "../errors";
import { PROVIDER_KIND_NAMES, type ProviderKind } from "../fine-tunes/fine-tune-vocabulary";
import { apiKeyProblem, apiVersionProblem, azureEndpointProblem, baseURLProblem, idProblem } from "./provider-field-rules";

/** Where OpenAI requests go unless a base URL is set. */
export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

// Where a fine-tuning provider is and how to sign in to it, from the settings an admin
// saved (already decrypted by the caller) or else the server's environment. Every
// problem names the variable or the field to fix. The environment uses the names the
// SDK itself reads, plus TUNESET_COMPATIBLE_* for an OpenAI-compatible endpoint.

export type ProviderSource = "settings" | "environment";

export type ProviderConfig = {
  kind: ProviderKind;
  /** Where requests go; for Azure, the resource endpoint (the SDK adds /openai). */
  baseURL: string;
  /** Its host alone, for "this sends your data to …". */
  host: string;
  /** Absent when the environment names the provider but not its key; `requireKey` says which to set. */
  apiKey?: string;
  organization?: string;
  project?: string;
  /** Azure only. */
  apiVersion?: string;
  source: ProviderSource;
};

export type ProviderField = "baseURL" | "apiKey" | "organization" | "project" | "apiVersion";

/** A provider as the settings and launch pages show it (lib/db/providers/provider-settings.ts `providerViews`). Never the key. */
export type ProviderView = {
  kind: ProviderKind;
  name: string;
  /** Where the settings in use come from; null when the kind is set up nowhere. */
  source: ProviderSource | null;
  /** A fine-tune can go there now: an address and a key that can be read. */
  configured: boolean;
  /** Why it cannot, in words saying what to set; null when configured or set up nowhere. */
  problem: string | null;
  baseURL: string | null;
  host: string | null;
  apiVersion: string | null;
  organization: string | null;
  project: string | null;
  /** "…abcd": the key's last four characters, never more. */
  keyHint: string | null;
  /** "the settings page", or the variable the key is read from. */
  keyFrom: string | null;
  saved: { at: Date; by: string | null } | null;
  /** The environment's own variables for this kind, and its key's hint, even while saved settings take their place. */
  environment: { variables: Partial<Record<ProviderField, string>>; keyHint: string | null };
};

/** The variables read for each kind, by the field they fill. */
export const PROVIDER_ENV = {
  openai: { apiKey: "OPENAI_API_KEY", baseURL: "OPENAI_BASE_URL", organization: "OPENAI_ORG_ID", project: "OPENAI_PROJECT_ID" },
  azure: { baseURL: "AZURE_OPENAI_ENDPOINT", apiKey: "AZURE_OPENAI_API_KEY", apiVersion: "OPENAI_API_VERSION" },
  compatible: { baseURL: "TUNESET_COMPATIBLE_BASE_URL", apiKey: "TUNESET_COMPATIBLE_API_KEY" },
} as const satisfies Record<ProviderKind, Partial<Record<ProviderField, string>>>;

/** What the settings page calls each field. */
export const FIELD_LABELS: Record<ProviderKind, Partial<Record<ProviderField, string>>> = {
  openai: { apiKey: "API key", organization: "Organization ID", project: "Project ID", baseURL: "Base URL" },
  azure: { baseURL: "Endpoint", apiVersion: "API version", apiKey: "API key" },
  compatible: { baseURL: "Base URL", apiKey: "API key" },
};

export const SETTINGS_PLACE = "Settings → Fine-tuning providers";

type Env = Record<string, string | undefined>;
type Fields = Partial<Record<ProviderField, string>>;
const read = (env: Env, name: string) => env[name]?.trim() || undefined;

/** A saved setting with its key opened (null when none is saved). */
export type SavedProvider = {
  kind: ProviderKind;
  baseURL: string | null;
  apiVersion: string | null;
  organization: string | null;
  project: string | null;
  apiKey: string | null;
};

/**
 * The provider as the environment describes it, or null when none of its variables is
 * set (an OPENAI_API_VERSION alone belongs to no provider). A set but unusable value throws.
 * The caller passes the environment (providerEnv() from lib/env.ts): this module's labels
 * also reach the browser, which must not load lib/env.ts.
 */
export function environmentProvider(kind: ProviderKind, env: Env): ProviderConfig | null {
  const names: Fields = PROVIDER_ENV[kind];
  const fields: Fields = {};
  for (const [field, name] of Object.entries(names) as [ProviderField, string][]) fields[field] = read(env, name);
  if (!fields.apiKey && !fields.baseURL) return null;
  const problem = (field: ProviderField, value: string, sentence: string) =>
    new AppError(
      "bad_request",
      `${names[field]} on the server ${field === "apiKey" ? "is unusable" : `is "${printable(value)}"`}. ${sentence} Then restart Tuneset.`,
    );
  return build(
    kind,
    "environment",
    fields,
    problem,
    (field, what) => new AppError("bad_request", `Set ${names[field]} on the server to ${what}, then restart Tuneset.`),
  );
}

/** The provider as an admin saved it; stored values were checked on saving, so a problem here means the row was changed elsewhere. */
export function settingsProvider(saved: SavedProvider): ProviderConfig {
  const name = PROVIDER_KIND_NAMES[saved.kind];
  const label = (field: ProviderField) => inSentence(FIELD_LABELS[saved.kind][field] ?? field);
  const fields: Fields = {
    baseURL: saved.baseURL ?? undefined,
    apiVersion: saved.apiVersion ?? undefined,
    organization: saved.organization ?? undefined,
    project: saved.project ?? undefined,
    apiKey: saved.apiKey ?? undefined,
  };
  const problem = (field: ProviderField, value: string, sentence: string) =>
    new AppError(
      "bad_request",
      `${name}: the saved ${label(field)} ${field === "apiKey" ? "is unusable" : `is "${printable(value)}"`}. ${sentence} Correct it under ${SETTINGS_PLACE}.`,
    );
  const missing = (field: ProviderField, what: string) =>
    new AppError("bad_request", `${name}: no ${label(field)} is saved. Under ${SETTINGS_PLACE}, add ${what}.`);
  return build(saved.kind, "settings", fields, problem, missing);
}

function build(
  kind: ProviderKind,
  source: ProviderSource,
  f: Fields,
  problem: (field: ProviderField, value: string, sentence: string) => AppError,
  /** `what` is a noun phrase: "the endpoint's base URL, such as …". */
  missing: (field: ProviderField, what: string) => AppError,
): ProviderConfig {
  const check = (field: ProviderField, rule: (v: string) => string | null) => {
    const value = f[field];
    const sentence = value === undefined ? null : rule(value);
    if (value !== undefined && sentence) throw problem(field, value, sentence);
    return value;
  };
  let baseURL: string | undefined;
  if (kind === "azure") {
    baseURL = check("baseURL", azureEndpointProblem);
    if (!baseURL) throw missing("baseURL", "the Azure OpenAI resource endpoint, such as https://my-resource.openai.azure.com");
    if (!check("apiVersion", apiVersionProblem)) throw missing("apiVersion", "the Azure OpenAI API version to use, such as 2024-10-21");
  } else {
    baseURL = check("baseURL", baseURLProblem);
    if (!baseURL && kind === "compatible") throw missing("baseURL", "the endpoint's base URL, such as https://llm.example.com/v1");
    check("organization", idProblem);
    check("project", idProblem);
  }
  check("apiKey", apiKeyProblem);
  const url = (baseURL ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, "");
  return {
    kind,
    baseURL: url,
    host: new URL(url).host,
    ...(f.apiKey ? { apiKey: f.apiKey } : {}),
    ...(kind !== "azure" && f.organization ? { organization: f.organization } : {}),
    ...(kind !== "azure" && f.project ? { project: f.project } : {}),
    ...(kind === "azure" ? { apiVersion: f.apiVersion } : {}),
    source,
  };
}

/** "Base URL" → "base URL", "API key" stays. */
export const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

// A URL with a user name or password in it is not repeated: that part may be a secret.
function printable(value: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(value) ? value.replace(/\/\/[^/@]*@/, "//…@") : value;
}

/** Where this provider's key comes from, as a lead or admin would look for it. */
export function keyLocation(c: Pick<ProviderConfig, "kind" | "source">): string {
  return c.source === "environment" ? PROVIDER_ENV[c.kind].apiKey : `the ${PROVIDER_KIND_NAMES[c.kind]} key saved under ${SETTINGS_PLACE}`;
}

/** Where this provider's address comes from. */
export function baseURLLocation(c: Pick<ProviderConfig, "kind" | "source">): string {
  const label = c.kind === "azure" ? "endpoint" : "base URL";
  return c.source === "environment" ? PROVIDER_ENV[c.kind].baseURL : `the ${PROVIDER_KIND_NAMES[c.kind]} ${label} saved under ${SETTINGS_PLACE}`;
}

/** What to do when a kind is set up nowhere. */
export function notConfiguredMessage(kind: ProviderKind): string {
  const vars = Object.values(PROVIDER_ENV[kind]).join(", ");
  return `${PROVIDER_KIND_NAMES[kind]} is not set up. An admin can save it under ${SETTINGS_PLACE}, or set ${vars} on the server and restart Tuneset.`;
}

/** The config, once it has a key; otherwise a plain error naming where to put one. */
export function requireKey(c: ProviderConfig): ProviderConfig & { apiKey: string } {
  if (c.apiKey) return c as ProviderConfig & { apiKey: string };
  throw new AppError(
    "bad_request",
    c.source === "environment"
      ? `Set ${PROVIDER_ENV[c.kind].apiKey} on the server to a key for ${c.host}, then restart Tuneset, or save a key under ${SETTINGS_PLACE}.`
      : `No key is saved for ${PROVIDER_KIND_NAMES[c.kind]}. Save one under ${SETTINGS_PLACE}.`,
  );
}
