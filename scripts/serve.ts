// The second half of `npm start` (and `npm run dev` with --dev): Tuneset's own HTTP
// server around Next's request handler, instead of `next start`, so every request
// carries the address it came from in headers no client can write: the socket's, or
// what a proxy named in TUNESET_TRUSTED_PROXIES forwarded (lib/auth/client-headers.ts).
// The sign-in limits and the same-origin check rely on them.
// Once it listens it makes one request: Next starts its route code on the first request,
// and with it the background work (indexing, checks, and the poller that follows running
// fine-tunes), so a restarted server resumes following jobs without waiting for someone
// to open a page.
//
//   tsx scripts/serve.ts [-p PORT] [-H HOST] [--keepAliveTimeout MS] [--dev]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { parseTrustedProxies, type TrustedProxies } from "../lib/auth/client-address";
import { markClientHeadersStamped, stampClientHeaders } from "../lib/auth/client-headers";

const USAGE = "Usage: npm start -- [-p PORT] [-H HOST] [--keepAliveTimeout MS]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: "string", short: "p" },
        hostname: { type: "string", short: "H" },
        keepAliveTimeout: { type: "string" },
        dev: { type: "boolean" },
      },
    }).values;
  } catch (e) {
    return fail(`${(e as Error).message}. ${USAGE}`);
  }
}

function trustedProxies(): TrustedProxies {
  try {
    return parseTrustedProxies(env().TUNESET_TRUSTED_PROXIES);
  } catch (e) {
    return fail((e as Error).message);
  }
}

async function main() {
  const opts = options();
  const trusted = trustedProxies();
  const dev = opts.dev ?? false;
  const port = Number(opts.port ?? env().PORT ?? 3000);
  const keepAlive = opts.keepAliveTimeout === undefined ? undefined : Number(opts.keepAliveTimeout);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`The port must be a number from 0 to 65535, not "${opts.port ?? env().PORT}". ${USAGE}`);
  if (keepAlive !== undefined && !(keepAlive >= 0)) fail(`--keepAliveTimeout takes milliseconds, not "${opts.keepAliveTimeout}". ${USAGE}`);
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";

  // Loaded after NODE_ENV is set, as `next start` does.
  const { default: next } = await import("next");
  const app = next({ dev, dir: process.cwd(), hostname: opts.hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  markClientHeadersStamped();

  const server = createServer((req, res) => {
    stampClientHeaders(req, trusted);
    handle(req, res).catch((e) => {
      console.error(`Failed to handle ${req.method} ${req.url}:`, e);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  });
  if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive;
  server.on("error", (e) => fail(`Tuneset could not listen on port ${port}: ${e.message}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
  server.listen(port, opts.hostname, () => {
    const host = opts.hostname;
    const shown = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
    console.log(
      `Tuneset is listening on http://${shown}:${port}${trusted.entries.length ? ` (trusting forwarded headers from ${trusted.entries.join(", ")})` : ""}`,
    );
    void wake(`http://${shown === "localhost" ? "127.0.0.1" : shown}:${port}/api/v1/datasets`);
  });
}

async function wake(url: string) {
  try {
    // Unauthenticated, so it answers 401; what matters is that the server ran its start-up.
    await fetch(url, { signal: AbortSignal.timeout(120_000) });
  } catch {
    console.error(`Could not reach ${url} to start the background work; it starts with the first request instead.`);
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
