import { z } from "zod";
import { isAbsolute, resolve } from "node:path";
import { parseTrustedProxies } from "./auth/client-address";

// One validated view of the environment, read once. Everything that depends on
// configuration imports it from here, so a bad value fails early with a clear message.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/tuneset.db")
    .refine((v) => v.startsWith("file:"), {
      error: "DATABASE_URL must be a SQLite file URL such as file:./data/tuneset.db",
    }),
  TUNESET_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024 * 1024),
  TUNESET_LOCAL_USER_EMAIL: z.string().email().default("local@tuneset.invalid"),
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
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
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
  return process.env.TUNESET_ROOT ?? process.cwd();
}
