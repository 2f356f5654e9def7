import { dirname } from "node:path";
import { sqlite } from "../client";
import { databaseFile, env } from "../../env";
import { readOrCreateAuthSecret } from "./auth-secret-file";

// The key that signs session cookies. TUNESET_AUTH_SECRET (or BETTER_AUTH_SECRET) wins;
// without one, a laptop install generates a random secret once and keeps it in a file
// only its owner can read, beside the database (lib/db/auth/auth-secret-file.ts), so
// `npm start` needs no configuration and sessions survive restarts.

export function authSecret(): string {
  const { TUNESET_AUTH_SECRET, BETTER_AUTH_SECRET } = env();
  const configured = TUNESET_AUTH_SECRET ?? BETTER_AUTH_SECRET;
  if (configured) return configured;
  // Opening the database first runs the migrations, which move an older version's
  // secret out of it into the file: sessions it signed stay valid.
  sqlite();
  return readOrCreateAuthSecret(dirname(databaseFile()));
}
