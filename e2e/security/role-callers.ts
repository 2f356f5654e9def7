import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { APIRequest } from "@playwright/test";
import { PASSWORD } from "../fixtures";

// People of given roles for the security specs, each with an API token: accounts are
// made on the database file by the CLI, as an admin would, so a spec needs no page for it.

type Role = "viewer" | "annotator" | "lead";
export type Person = { email: string; token: string };

const cli = async (...args: string[]) =>
  (
    await promisify(execFile)(process.execPath, ["scripts/tuneset.mjs", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
      encoding: "utf8",
    })
  ).stdout.trim();

/** Fills `people` with one account and token per role, e-mails tagged with `purpose`. Each CLI call starts Node: slow on a busy machine. */
export async function makePeople<R extends Role>(people: Record<R, Person>, roles: readonly R[], purpose: string) {
  const tag = Date.now().toString(36);
  for (const role of roles) {
    const email = `${role}.${purpose.replace(/\W+/g, "-")}.${tag}@example.com`;
    await cli("users", "create", "--email", email, "--role", role, "--name", `${role} ${tag}`, "--password", PASSWORD);
    people[role] = { email, token: await cli("tokens", "create", "--email", email, "--name", purpose) };
  }
}

/** An API client that is no one but the token's owner (no session cookie). */
export const bearer = (playwright: { request: APIRequest }, baseURL: string | undefined, token: string) =>
  playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
