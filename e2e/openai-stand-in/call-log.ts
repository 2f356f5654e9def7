import { multipartBoundary, parseMultipart } from "./multipart";
import { InvalidRequest } from "./openai-errors";
import type { Middleware, StandInRequest } from "./router";
import type { Clock } from "./timing";

// What Tuneset asked of the files and fine-tuning endpoints, for tests that count jobs
// created or check what was sent: method, path, query and body (an upload's file is
// given by name and size only), with the status answered. Requests refused by the key
// check or an injected fault never reach it.

export type ApiCall = { at: string; method: string; path: string; query: string; body: unknown; status: number };

const KEEP = 1000;

function bodyOf(req: StandInRequest): unknown {
  if (req.body.length === 0) return null;
  const boundary = multipartBoundary(req.headers["content-type"]);
  if (boundary) {
    const parts = parseMultipart(req.body, boundary);
    if (!parts) return { unparsable: `${req.body.length} bytes of multipart data` };
    return Object.fromEntries(parts.map((p) => [p.name, p.filename === null ? p.data.toString("utf8") : { filename: p.filename, bytes: p.data.length }]));
  }
  try {
    return JSON.parse(req.body.toString("utf8"));
  } catch {
    return req.body.toString("utf8");
  }
}

export function recordCalls(calls: ApiCall[], now: Clock): Middleware {
  return recording(calls, (req, status) => ({
    at: new Date(now()).toISOString(),
    method: req.method,
    path: req.path,
    query: req.query.toString(),
    body: bodyOf(req),
    status,
  }));
}

/** Keeps the newest calls a route answered (refused ones included), each as `describe` sums it up. */
export function recording<T>(calls: T[], describe: (req: StandInRequest, status: number) => T): Middleware {
  return async (req, next) => {
    const record = (status: number) => {
      calls.push(describe(req, status));
      if (calls.length > KEEP) calls.splice(0, calls.length - KEEP);
    };
    try {
      const answer = await next();
      record(answer.status);
      return answer;
    } catch (e) {
      if (e instanceof InvalidRequest) record(e.status);
      throw e;
    }
  };
}
