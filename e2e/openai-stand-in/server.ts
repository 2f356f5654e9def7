import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { bearerAuth } from "./auth";
import { AZURE_PREFIX, azureKeyAuth, azureNotFound, requireApiVersion } from "./azure";
import { recordCalls, type ApiCall } from "./call-log";
import { recordChatCalls, type ChatCall } from "./chat-call-log";
import { addChatRoutes } from "./chat-completions";
import { RequestRateLimit } from "./chat-rate-limit";
import { Faults, type Fault } from "./faults";
import { FileStore } from "./file-store";
import { addFileRoutes } from "./files";
import { addFineTuningRoutes, jobObject } from "./fine-tuning";
import { JobStore } from "./fine-tuning-jobs";
import { addModerationRoutes, type ModerationCall } from "./moderations";
import { errorBody } from "./openai-errors";
import { json, Router } from "./router";
import { DEFAULT_TIMING, type Clock, type Timing } from "./timing";

// A local stand-in for the OpenAI API, reached only through its base URL
// (OPENAI_BASE_URL=http://127.0.0.1:PORT/v1), so no test or demo talks to the internet.
// /v1/* answers like the provider (key check, then any injected fault, then the
// endpoint); /openai/* serves files, fine-tuning and chat the way Azure OpenAI does;
// /_stand-in/* is for the tests themselves: health, faults, what was asked, reset.

export type StandInOptions = {
  apiKey: string;
  fault?: Fault | null;
  /** Stage durations; the rest keep DEFAULT_TIMING. */
  timing?: Partial<Timing>;
  /** Milliseconds now; tests pass one they move by hand. */
  clock?: Clock;
  /** Chat completion requests per minute per model; absent or null: no limit. */
  chatRpm?: number | null;
};

export type StandIn = {
  server: Server;
  faults: Faults;
  calls: { moderations: ModerationCall[]; fineTuning: ApiCall[]; chatCompletions: ChatCall[] };
  files: FileStore;
  jobs: JobStore;
  /** Read when a file is uploaded, a job created or a chat answered: changing it changes later ones. */
  timing: Timing;
  /** The chat requests-per-minute limit; set `rpm` to change it. */
  chatLimit: RequestRateLimit;
  /** Forgets every file and job, the chat calls and the chat rate limit's counts. */
  reset(): void;
  /** Resolves with the base URL once listening (port 0 picks a free one). */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
};

export function createStandIn(o: StandInOptions): StandIn {
  const now = o.clock ?? Date.now;
  const timing: Timing = { ...DEFAULT_TIMING, ...o.timing };
  const faults = new Faults();
  if (o.fault) faults.set(o.fault);
  const calls = { moderations: [] as ModerationCall[], fineTuning: [] as ApiCall[], chatCompletions: [] as ChatCall[] };
  const chatLimit = new RequestRateLimit(now, o.chatRpm ?? null);
  const files = new FileStore(now, () => timing.fileProcessingMs);
  const jobs = new JobStore(files, now, () => timing);
  const router = new Router();
  addModerationRoutes(router, [bearerAuth(o.apiKey), faults.middleware()], calls.moderations);
  const openai = [bearerAuth(o.apiKey), faults.middleware(), recordCalls(calls.fineTuning, now)];
  const azure = [azureKeyAuth(o.apiKey), requireApiVersion(), faults.middleware(), recordCalls(calls.fineTuning, now)];
  for (const [prefix, guard] of [
    ["/v1", openai],
    [AZURE_PREFIX, azure],
  ] as const) {
    addFileRoutes(router, prefix, [...guard], files);
    addFineTuningRoutes(router, prefix, [...guard], jobs);
  }
  addChatRoutes(
    router,
    { jobs, now, timing, limits: chatLimit },
    {
      openai: [bearerAuth(o.apiKey), faults.middleware(), recordChatCalls(calls.chatCompletions, now)],
      azure: [azureKeyAuth(o.apiKey), requireApiVersion(), faults.middleware(), recordChatCalls(calls.chatCompletions, now)],
    },
  );
  router.fallback(`${AZURE_PREFIX}/`, azureNotFound);
  const reset = () => {
    files.clear();
    jobs.clear();
    calls.chatCompletions.length = 0;
    chatLimit.clear();
  };

  router
    .add("GET", "/_stand-in/health", () => json(200, { ok: true }))
    .add("GET", "/_stand-in/faults", () => json(200, { fault: faults.active }))
    .add("POST", "/_stand-in/faults", (req) => {
      const fault = req.json() as Fault;
      if (!Number.isInteger(fault?.status) || fault.status < 400 || fault.status > 599 || (fault.method !== undefined && typeof fault.method !== "string")) {
        return json(400, { error: "Send {status: 400-599, times?, path?, method?, message?, type?, code?, retryAfterMs?}." });
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
      calls.fineTuning.length = 0;
      calls.chatCompletions.length = 0;
      return json(200, calls);
    })
    .add("POST", "/_stand-in/reset", () => {
      reset();
      return json(200, { files: 0, jobs: 0, chatCompletions: 0 });
    })
    .add("GET", "/_stand-in/chat-rate-limit", () => json(200, { rpm: chatLimit.rpm }))
    .add("POST", "/_stand-in/chat-rate-limit", (req) => {
      const { rpm } = (req.json() ?? {}) as { rpm?: unknown };
      if (rpm !== null && !(typeof rpm === "number" && Number.isInteger(rpm) && rpm >= 1)) {
        return json(400, { error: "Send {rpm: a whole number of requests per minute (1 or more), or null for no limit}." });
      }
      chatLimit.rpm = rpm;
      chatLimit.clear();
      return json(200, { rpm });
    })
    .add("GET", "/_stand-in/files/:id/content", (req) => {
      const file = files.get(req.params.id);
      return file
        ? { status: 200, raw: file.content, headers: { "content-type": "application/octet-stream" } }
        : json(404, errorBody(`No such File object: ${req.params.id}`));
    })
    .add("POST", "/_stand-in/jobs/:id/fail", (req) => {
      const job = jobs.get(req.params.id);
      if (!job) return json(404, errorBody(`No such fine-tuning job: ${req.params.id}`));
      const asked = (req.body.length > 0 ? req.json() : {}) as { message?: string; code?: string; param?: string | null };
      const error = {
        code: asked.code ?? "internal_error",
        message: asked.message ?? "The job failed due to an internal error. Please try again.",
        param: asked.param ?? null,
      };
      if (!jobs.fail(job, error)) return json(409, { error: `Job ${job.id} has already ended (${jobs.state(job).status}).` });
      return json(200, jobObject(jobs, job));
    });

  const server = createServer(router.listener());
  return {
    server,
    faults,
    calls,
    files,
    jobs,
    timing,
    chatLimit,
    reset,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}/v1`));
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
