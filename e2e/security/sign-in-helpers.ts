import http from "node:http";
import net from "node:net";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { OIDC } from "../admin-state";

// Sign-ins "from elsewhere" for the security tests. Linux routes all of 127.0.0.0/8 to
// this machine, so a client bound to 127.0.0.2 reaches the app on 127.0.0.1 as a second
// machine would: its socket address differs, which no header can fake.

const APP = new URL(OIDC.appUrl);

export type Reply = { status: number; body: string; cookies: string[] };

/** One HTTP request to the app from `localAddress`. */
export function requestFrom(
  localAddress: string,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; json?: unknown } = {},
): Promise<Reply> {
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  const headers = { ...(body ? { "content-type": "application/json" } : {}), ...init.headers };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: APP.hostname, port: APP.port, path, method, localAddress, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, cookies: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The library's own sign-in endpoint, as a script would call it. */
export const signInAtLibrary = (from: string, email: string, password: string, headers: Record<string, string> = {}) =>
  requestFrom(from, "POST", "/api/auth/sign-in/email", { json: { email, password }, headers: { origin: APP.origin, ...headers } });

/**
 * A port on 127.0.0.1 that relays each connection to the app from `localAddress`, so a
 * browser signing in through it does so from that address.
 */
export async function relayFrom(localAddress: string): Promise<{ baseURL: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect({ host: APP.hostname, port: Number(APP.port), localAddress });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const { port } = relay.address() as net.AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => relay.close(() => resolve()));
    },
  };
}

/** Submits the sign-in page's form and returns what it said, or "signed in". */
export async function signInOnPage(page: Page, email: string, password: string): Promise<string> {
  if (!/\/sign-in/.test(page.url())) await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  const datasets = page.getByRole("heading", { name: "Datasets", exact: true });
  // Either the page moves on, or the form answers and clears the password.
  await expect(async () => {
    if (await datasets.isVisible()) return;
    expect(await form.getByLabel("Password").inputValue({ timeout: 1000 })).toBe("");
  }).toPass();
  if (await datasets.isVisible()) return "signed in";
  return (await form.getByText(/do not match an account|Too many failed sign-ins/).textContent()) ?? "";
}

/** The e2e server's database file, and a read-only look into it. */
export const e2eDatabaseFile = () => (process.env.E2E_DATABASE_URL ?? "").replace(/^file:/, "");

export function readDatabase<T>(read: (db: Database.Database) => T): T {
  const db = new Database(e2eDatabaseFile(), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
