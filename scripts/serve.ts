// The second half of `npm start`: `next start` (with any arguments given here), plus one
// request as soon as it listens. Next starts its route code on the first request, and
// with it the background work (indexing, checks, and the poller that follows running
// fine-tunes), so a restarted server resumes following jobs without waiting for
// someone to open a page. Signals go to the server, and its exit status is ours.
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const flag = (long: string, short: string) => {
  const i = args.findIndex((a) => a === long || a === short);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = flag("--port", "-p") ?? process.env.PORT ?? "3000";
const host = flag("--hostname", "-H") ?? "127.0.0.1";
const wakeUrl = `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${port}/api/v1/datasets`;

const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", ...args], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

async function wake() {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      // Unauthenticated, so it answers 401; what matters is that the server ran its start-up.
      await fetch(wakeUrl, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  console.error(`Could not reach ${wakeUrl} to start the background work; it starts with the first request instead.`);
}

void wake();
