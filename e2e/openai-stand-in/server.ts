import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { bearerAuth } from "./auth";
import { Faults, type Fault } from "./faults";
import { addModerationRoutes, type ModerationCall } from "./moderations";
import { json, Router } from "./router";

// A local stand-in for the OpenAI API, reached only through its base URL
// (OPENAI_BASE_URL=http://127.0.0.1:PORT/v1), so no test or demo talks to the internet.
// /v1/* answers like the provider (key check, then any injected fault, then the
// endpoint); /_stand-in/* is for the tests themselves: health, faults, what was asked.

export type StandIn = {
  server: Server;
  faults: Faults;
  calls: { moderations: ModerationCall[] };
  /** Resolves with the base URL once listening (port 0 picks a free one). */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
};

export function createStandIn(o: { apiKey: string; fault?: Fault | null }): StandIn {
  const faults = new Faults();
  if (o.fault) faults.set(o.fault);
  const calls = { moderations: [] as ModerationCall[] };
  const api = [bearerAuth(o.apiKey), faults.middleware()];
  const router = new Router();
  addModerationRoutes(router, api, calls.moderations);

  router
    .add("GET", "/_stand-in/health", () => json(200, { ok: true }))
    .add("GET", "/_stand-in/faults", () => json(200, { fault: faults.active }))
    .add("POST", "/_stand-in/faults", (req) => {
      const fault = req.json() as Fault;
      if (!Number.isInteger(fault?.status) || fault.status < 400 || fault.status > 599) {
        return json(400, { error: "Send {status: 400-599, times?, path?, message?, type?, code?, retryAfterMs?}." });
      }
      faults.set(fault);
      return json(200, { fault: faults.active });
    })
    .add("DELETE", "/_stand-in/faults", () => {
      faults.clear();
      return json(200, { fault: null });
    })
    .add("GET", "/_stand-in/calls", () => json(200, calls))
    .add("DELETE", "/_stand-in/calls", () => {
      calls.moderations.length = 0;
      return json(200, calls);
    });

  const server = createServer(router.listener());
  return {
    server,
    faults,
    calls,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}/v1`));
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
