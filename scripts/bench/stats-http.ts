import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { summarise, type Latency } from "./stats";

// The statistics page over HTTP, as a browser gets it: the built app (`next start`) on
// the benchmark's database, signed in, the page rendered on the server with its cached
// figures. Beside it, the same dataset's settings page: the same layout, session check and
// dataset lookup with little else, so the difference is the statistics' own.

export type HttpTiming = { stats: Latency; baseline: Latency } | { skipped: string };

const PORT = Number(process.env.STATS_BENCH_PORT ?? 3290);
const RUNS = 15;

export async function timeStatsPage(databaseFile: string, datasetId: string, admin: { email: string; password: string }): Promise<HttpTiming> {
  if (!existsSync(join(process.cwd(), ".next", "BUILD_ID"))) return { skipped: "the app is not built (run `npx next build` first)" };
  const base = `http://127.0.0.1:${PORT}`;
  const server = spawn(process.execPath, [join(process.cwd(), "node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(PORT)], {
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
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const get = async (path: string) => {
      const started = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
      await res.text();
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
      return performance.now() - started;
    };
    const stats = `/datasets/${datasetId}/stats`;
    const settings = `/datasets/${datasetId}/settings`;
    // The first requests compile nothing (the app is built) but warm the server's caches.
    for (let i = 0; i < 3; i++) {
      await get(stats);
      await get(settings);
    }
    const s: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      s.push(await get(stats));
      b.push(await get(settings));
    }
    return { stats: summarise(s), baseline: summarise(b) };
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
