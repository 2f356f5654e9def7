import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";
import { AppError } from "../../errors";
import { PROVIDER_KIND_NAMES, PROVIDER_KINDS, type ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import {
  environmentProvider,
  FIELD_LABELS,
  inSentence,
  notConfiguredMessage,
  PROVIDER_ENV,
  requireKey,
  settingsProvider,
  type ProviderConfig,
  type ProviderField,
  type ProviderView,
} from "../../providers/provider-config";
import { keyHint, shownHint } from "../../providers/provider-keys";
import { openSecret, sealSecret, SECRET_KEY_VARIABLE } from "../../providers/secret-box";
import type { ProviderSettingInput } from "../../validation/provider-setting";
import { providerEnv } from "../../env";
import { sealingKeyForReading, sealingKeyForSaving, sealingKeyPath } from "./sealing-key";

// Fine-tuning providers as an admin saved them, else as the environment sets them. A
// saved setting replaces the environment for its kind as a whole (address and key
// together), so a job never mixes one provider's address with another's key. Keys are
// sealed at rest (secret-box.ts, under the key sealing-key.ts finds) and opened only to
// build a client.

type Env = Record<string, string | undefined>;
type Row = NonNullable<Awaited<ReturnType<typeof savedRow>>>;

const sealContext = (kind: ProviderKind) => `provider:${kind}`;
const savedRow = (kind: ProviderKind) => db().providerSetting.findUnique({ where: { kind } });

/** The saved key, opened; a plain error when it cannot be. */
function openSavedKey(row: Pick<Row, "kind" | "encryptedKey">, env: Env = providerEnv()): string | null {
  if (!row.encryptedKey) return null;
  const key = sealingKeyForReading(env);
  if (!key) {
    throw new AppError(
      "bad_request",
      `The ${PROVIDER_KIND_NAMES[row.kind as ProviderKind]} key was saved on the settings page, and reading it needs the key it was sealed with: \`${SECRET_KEY_VARIABLE}\` is not set and \`${sealingKeyPath()}\` is missing. Put the file back from a backup (or set the variable) and restart Tuneset, or save the key again.`,
    );
  }
  return openSecret(row.encryptedKey, key, sealContext(row.kind as ProviderKind));
}

const savedConfig = (row: Row, env: Env = providerEnv()): ProviderConfig =>
  settingsProvider({
    kind: row.kind as ProviderKind,
    baseURL: row.baseURL,
    apiVersion: row.apiVersion,
    organization: row.organization,
    project: row.project,
    apiKey: openSavedKey(row, env),
  });

/**
 * The provider a fine-tune of this kind goes to, with its key: the saved setting, else
 * the environment. A plain error names what to set when neither gives a usable one.
 */
export async function resolveProvider(kind: ProviderKind, env: Env = providerEnv()): Promise<ProviderConfig & { apiKey: string }> {
  const row = await savedRow(kind);
  const config = row ? savedConfig(row, env) : environmentProvider(kind, env);
  if (!config) throw new AppError("bad_request", notConfiguredMessage(kind));
  return requireKey(config);
}

/** Whether an admin saved settings for this kind (they then take the place of its environment variables). */
export async function hasSavedSetting(kind: ProviderKind): Promise<boolean> {
  return (await savedRow(kind)) !== null;
}

const SETTING_FIELDS = ["baseURL", "apiVersion", "organization", "project"] as const;

/** Saves a kind's settings; a blank key keeps the saved one. Writes its audit event in the same transaction. */
export async function saveProviderSetting(actor: Actor, input: ProviderSettingInput, env: Env = providerEnv()): Promise<{ changed: ProviderField[] }> {
  const { kind } = input;
  const row = await savedRow(kind);
  const next: Record<(typeof SETTING_FIELDS)[number], string | null> = {
    baseURL: input.baseURL ?? null,
    apiVersion: input.kind === "azure" ? (input.apiVersion ?? null) : null,
    organization: input.kind === "openai" ? (input.organization ?? null) : null,
    project: input.kind === "openai" ? (input.project ?? null) : null,
  };
  const changed: ProviderField[] = SETTING_FIELDS.filter((f) => (row?.[f] ?? null) !== next[f]);
  let sealed = { encryptedKey: row?.encryptedKey ?? null, keyHint: row?.keyHint ?? null };
  if (input.apiKey) {
    const secret = fieldError("apiKey", () => sealingKeyForSaving(env));
    if (!row?.encryptedKey || safely(() => openSavedKey(row, env)) !== input.apiKey) changed.push("apiKey");
    sealed = { encryptedKey: sealSecret(input.apiKey, secret, sealContext(kind)), keyHint: keyHint(input.apiKey) };
  } else if (!row?.encryptedKey) {
    const variable = PROVIDER_ENV[kind].apiKey;
    throw new AppError("bad_request", `Type the API key: nothing is saved for ${PROVIDER_KIND_NAMES[kind]} yet, and saved settings do not use ${variable}.`, {
      field: "apiKey",
    });
  }
  if (row && changed.length === 0) return { changed };

  const name = PROVIDER_KIND_NAMES[kind];
  const labels = changed.map((f) => (f === "apiKey" ? `API key ${shownHint(sealed.keyHint)}` : inSentence(FIELD_LABELS[kind][f] ?? f)));
  const summary = row
    ? `Changed the ${name} settings: ${labels.join(", ")}.`
    : `Saved settings for ${name} (${labels.join(", ")}); Tuneset uses them instead of the server's environment.`;
  const detail = {
    kind,
    changed,
    from: Object.fromEntries(changed.filter((f) => f !== "apiKey").map((f) => [f, row?.[f as (typeof SETTING_FIELDS)[number]] ?? null])),
    to: Object.fromEntries(changed.filter((f) => f !== "apiKey").map((f) => [f, next[f as (typeof SETTING_FIELDS)[number]]])),
    ...(changed.includes("apiKey") ? { keyHint: shownHint(sealed.keyHint) } : {}),
  };
  const data = { ...next, ...sealed, updatedById: actor.id };
  await db().$transaction([
    db().providerSetting.upsert({ where: { kind }, create: { kind, ...data }, update: data }),
    db().auditEvent.create({ data: auditEventData({ actor, action: "provider.settings_changed", targetType: "provider", targetId: kind, summary, detail }) }),
  ]);
  return { changed };
}

/** Removes a kind's saved settings, so the environment's apply again. Nothing saved: nothing to do. */
export async function clearProviderSetting(actor: Actor, kind: ProviderKind): Promise<{ removed: boolean }> {
  const row = await savedRow(kind);
  if (!row) return { removed: false };
  const name = PROVIDER_KIND_NAMES[kind];
  const summary = `Removed the saved ${name} settings; Tuneset reads ${Object.values(PROVIDER_ENV[kind]).join(", ")} from the server's environment for it again.`;
  const detail = {
    kind,
    removed: {
      baseURL: row.baseURL,
      apiVersion: row.apiVersion,
      organization: row.organization,
      project: row.project,
      keyHint: row.encryptedKey ? shownHint(row.keyHint) : null,
    },
  };
  await db().$transaction([
    db().providerSetting.deleteMany({ where: { kind } }),
    db().auditEvent.create({ data: auditEventData({ actor, action: "provider.settings_changed", targetType: "provider", targetId: kind, summary, detail }) }),
  ]);
  return { removed: true };
}

/** Each kind as the settings and launch pages show it. Never the key. */
export async function providerViews(env: Env = providerEnv()): Promise<ProviderView[]> {
  const rows = await db().providerSetting.findMany();
  const people = await db().user.findMany({ where: { id: { in: rows.map((r) => r.updatedById) } }, select: { id: true, name: true } });
  return PROVIDER_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    const variables: Partial<Record<ProviderField, string>> = PROVIDER_ENV[kind];
    const envKey = env[PROVIDER_ENV[kind].apiKey]?.trim();
    const view: ProviderView = {
      kind,
      name: PROVIDER_KIND_NAMES[kind],
      source: null,
      configured: false,
      problem: null,
      baseURL: null,
      host: null,
      apiVersion: null,
      organization: null,
      project: null,
      keyHint: null,
      keyFrom: null,
      saved: null,
      environment: { variables, keyHint: envKey ? shownHint(keyHint(envKey)) : null },
    };
    const raw = (field: ProviderField) => (variables[field] ? env[variables[field]]?.trim() || null : null);
    const fields = row
      ? { baseURL: row.baseURL, apiVersion: row.apiVersion, organization: row.organization, project: row.project }
      : { baseURL: raw("baseURL"), apiVersion: raw("apiVersion"), organization: raw("organization"), project: raw("project") };
    Object.assign(view, fields);
    if (row) {
      Object.assign(view, {
        source: "settings",
        keyFrom: "the settings page",
        keyHint: row.encryptedKey ? shownHint(row.keyHint) : null,
        saved: { at: row.updatedAt, by: people.find((p) => p.id === row.updatedById)?.name ?? null },
      });
    } else if (envKey || raw("baseURL")) {
      Object.assign(view, { source: "environment", keyFrom: envKey ? PROVIDER_ENV[kind].apiKey : null, keyHint: view.environment.keyHint });
    }
    try {
      const config = row ? savedConfig(row, env) : environmentProvider(kind, env);
      if (config) {
        Object.assign(view, { baseURL: config.baseURL, host: config.host });
        view.configured = Boolean(requireKey(config).apiKey);
      }
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      view.problem = e.message;
    }
    return view;
  });
}

/** Runs `work`; its AppError is tied to `field`, so the form shows it beside that field. */
function fieldError<T>(field: ProviderField, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.code, e.message, { field });
    throw e;
  }
}

function safely<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}
