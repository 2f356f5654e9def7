import { randomBytes } from "node:crypto";
import { sqlite } from "../db/client";

// The key that signs session cookies. TUNESET_AUTH_SECRET (or BETTER_AUTH_SECRET) wins;
// without one, a laptop install generates a random secret once and keeps it in the
// database, so `npm start` needs no configuration and sessions survive restarts.

export function authSecret(): string {
  const configured = process.env.TUNESET_AUTH_SECRET ?? process.env.BETTER_AUTH_SECRET;
  if (configured) return configured;
  const db = sqlite();
  db.prepare(`INSERT OR IGNORE INTO ServerSetting (key, value) VALUES ('auth_secret', ?)`).run(randomBytes(32).toString("base64url"));
  return db.prepare(`SELECT value FROM ServerSetting WHERE key = 'auth_secret'`).pluck().get() as string;
}
