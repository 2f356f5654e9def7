import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// The built app (`next start`) on a benchmark's database, signed in as its admin, as a
// browser meets it. Pages are timed over loopback: what the server spends on them.

export type SignedInGet = (path: string) => Promise<{ ms: number; bytes: number }>;

export function appIsBuilt(): boolean {
  return existsSync(join(process.cwd(), ".next", "BUILD_ID"));
}

export async function withSignedInApp<T>(
  databaseFile: string,
  admin: { email: string; password: string },
  port: number,
  work: (get: SignedInGet) => Promise<T>,
): Promise<T | { skipped: string }> {
  if (!appIsBuilt()) return { skipped: "the app is not built (run `npx next build` first)" };
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [join(process.cwd(), "node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    // The public address makes the sign-in endpoint trust requests that say they come from it.
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1", TUNESET_PUBLIC_URL: base },
    stdio: "ignore",
  });
  try {
    await waitForServer(base, server);
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    if (!signIn.ok) return { skipped: `signing in failed (HTTP ${signIn.status}: ${(await signIn.text()).slice(0, 200)})` };
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return await work(async (path) => {
      const started = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
      return { ms: performance.now() - started, bytes: body.byteLength };
    });
  } finally {
    server.kill();
  }
}

async function waitForServer(base: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      await fetch(`${base}/sign-in`, { redirect: "manual" });
      return;
    } catch {
      await sleep(500);
    }
  }
  throw new Error("next start did not answer within a minute");
}
