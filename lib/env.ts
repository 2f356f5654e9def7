import { z } from "zod";
import { isAbsolute, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { parseTrustedProxies } from "./auth/client-address";

// One validated view of the environment. Everything that depends on configuration reads
// it through env(), the one place that touches process.env, so a bad value fails with a
// message naming the variable and what to set. The README's Configuration table
// describes the ones an operator sets.

/** Blank counts as unset where it did when each module read its own variable. */
const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const text = () => z.string().optional();
const count = (what: string, fallback: () => number) => z.coerce.number({ error: what }).int({ error: what }).min(0, { error: what }).default(fallback);

const UPLOAD = "set TUNESET_MAX_UPLOAD_BYTES to a whole number of bytes, such as 2147483648 (2 GB, the default)";
const LEASE = "set TUNESET_IMPORT_LEASE_MS to a number of milliseconds, at least 500 (default 30000)";
const FILE_POLL = "set TUNESET_FILE_POLL_MS to a number of milliseconds, such as 1000 (the default)";
const POLL = "set TUNESET_POLL_INTERVAL_MS to a number of milliseconds above 0, such as 300, or leave it unset";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/tuneset.db")
    .refine((v) => v.startsWith("file:"), {
      error: "DATABASE_URL must be a SQLite file URL such as file:./data/tuneset.db",
    }),
  /** The checkout's root, set by the `tuneset` command, which may run from anywhere. */
  TUNESET_ROOT: text(),
  TUNESET_MAX_UPLOAD_BYTES: z.coerce
    .number({ error: UPLOAD })
    .int({ error: UPLOAD })
    .positive({ error: UPLOAD })
    .default(2 * 1024 * 1024 * 1024),
  TUNESET_LOCAL_USER_EMAIL: z
    .email({ error: "set TUNESET_LOCAL_USER_EMAIL to an e-mail address, such as local@tuneset.invalid (the default)" })
    .default("local@tuneset.invalid"),
  // The proxies whose X-Forwarded-For and X-Forwarded-Host are believed (lib/auth/client-address.ts).
  TUNESET_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
      }
    }),
  // Kept as text: an unusable public URL allows no extra origin (lib/api/same-origin.ts) rather than stopping the server.
  TUNESET_PUBLIC_URL: text(),
  TUNESET_AUTH_SECRET: text(),
  BETTER_AUTH_SECRET: text(),
  TUNESET_OIDC_ISSUER: text(),
  TUNESET_OIDC_CLIENT_ID: text(),
  TUNESET_OIDC_CLIENT_SECRET: text(),
  TUNESET_OIDC_NAME: z.string().default("single sign-on"),
  // Only "true" lets people without an account in, as before; anything else keeps them out.
  TUNESET_OIDC_CREATE_USERS: z
    .string()
    .optional()
    .transform((v) => v === "true"),
  // Provider variables stay text here: lib/providers checks each where it is used, with
  // messages that name the settings page too, and a bad key must not stop the whole server.
  OPENAI_API_KEY: text(),
  OPENAI_BASE_URL: text(),
  OPENAI_ORG_ID: text(),
  OPENAI_PROJECT_ID: text(),
  AZURE_OPENAI_ENDPOINT: text(),
  AZURE_OPENAI_API_KEY: text(),
  OPENAI_API_VERSION: text(),
  TUNESET_COMPATIBLE_BASE_URL: text(),
  TUNESET_COMPATIBLE_API_KEY: text(),
  TUNESET_SECRET_KEY: text(),
  TUNESET_IMPORT_WORKERS: count("set TUNESET_IMPORT_WORKERS to a whole number of parser threads, such as 1 (0 parses inline)", () => 1),
  TUNESET_DEDUP_WORKERS: count("set TUNESET_DEDUP_WORKERS to a whole number of signing threads, such as 2 (0 signs inline)", availableParallelism),
  // A lease below half a second would expire between batches; blank means the default.
  TUNESET_IMPORT_LEASE_MS: z.preprocess(blankIsUnset, z.coerce.number({ error: LEASE }).min(500, { error: LEASE }).default(30_000)),
  TUNESET_FILE_POLL_MS: z.coerce.number({ error: FILE_POLL }).min(0, { error: FILE_POLL }).default(1000),
  // Unset (or blank) keeps the schedule by job status.
  TUNESET_POLL_INTERVAL_MS: z.preprocess(blankIsUnset, z.coerce.number({ error: POLL }).positive({ error: POLL }).optional()),
  /** The port `npm start` listens on when --port is not given (scripts/serve.ts checks it). */
  PORT: text(),
});

export type Env = z.infer<typeof EnvSchema>;

const NAMES = Object.keys(EnvSchema.shape) as (keyof Env)[];

/** The variables lib/providers reads, by name (PROVIDER_ENV there maps fields to them). */
export const PROVIDER_VARIABLES = [
  "OPENAI_API_KEY",
  "OPENAI_BASE_URL",
  "OPENAI_ORG_ID",
  "OPENAI_PROJECT_ID",
  "AZURE_OPENAI_ENDPOINT",
  "AZURE_OPENAI_API_KEY",
  "OPENAI_API_VERSION",
  "TUNESET_COMPATIBLE_BASE_URL",
  "TUNESET_COMPATIBLE_API_KEY",
  "TUNESET_SECRET_KEY",
] as const satisfies (keyof Env)[];
export type ProviderEnv = Pick<Env, (typeof PROVIDER_VARIABLES)[number]>;

/** The environment given, validated; throws one message naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: { seen: string; value: Env } | undefined;

/**
 * The validated environment. Read again whenever one of its variables changed since the
 * last call: tests set variables between cases, and `--base-url` sets one for the CLI's
 * own process (setProcessEnv), exactly as when each module read process.env itself.
 */
export function env(): Env {
  const source = process.env;
  const seen = JSON.stringify(NAMES.map((name) => source[name] ?? null));
  if (cached?.seen !== seen) cached = { seen, value: parseEnv(source) };
  return cached.value;
}

/** The provider variables alone, in the shape lib/providers takes (tests pass their own). */
export function providerEnv(): ProviderEnv {
  const all = env();
  return Object.fromEntries(PROVIDER_VARIABLES.map((name) => [name, all[name]])) as ProviderEnv;
}

/** Sets a variable for this process and the ones it starts (the CLI's `--base-url`). */
export function setProcessEnv(name: keyof Env, value: string): void {
  process.env[name] = value;
}

/** Absolute path of the SQLite file named by DATABASE_URL (relative paths are from the working directory). */
export function databaseFile(url = env().DATABASE_URL): string {
  const path = url.replace(/^file:/, "").split("?")[0];
  return isAbsolute(path) ? path : resolve(/* turbopackIgnore: true */ process.cwd(), path);
}

/**
 * The checkout's root, where prisma/migrations and the worker entries live. The server
 * runs from it; the `tuneset` command may run from anywhere and names it in TUNESET_ROOT.
 */
export function appRoot(): string {
  return env().TUNESET_ROOT ?? process.cwd();
}
