import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { errorBody, InvalidRequest, UNPARSABLE_JSON } from "./openai-errors";

// A small router for the stand-in: routes by method and path (with :name segments),
// middleware around them (key check, injected faults), and JSON answers. Endpoints
// are added by feature modules (moderations, files, fine-tuning), each calling
// `router.add` for its own paths.

export type StandInRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  params: Record<string, string>;
  /** The body as sent; multipart uploads read it themselves. */
  body: Buffer;
  /** The body as JSON; answers 400 in the provider's words when it is not. */
  json(): unknown;
};

export type StandInResponse = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as is instead of `body` as JSON (file downloads); the content type goes in `headers`. */
  raw?: Buffer | string;
};

export type Handler = (req: StandInRequest) => StandInResponse | Promise<StandInResponse>;

/** Runs before the handler of every route it applies to; answers itself or calls `next`. */
export type Middleware = (req: StandInRequest, next: () => Promise<StandInResponse>) => Promise<StandInResponse>;

type Route = { method: string; pattern: RegExp; names: string[]; handler: Handler; middleware: Middleware[] };

export const json = (status: number, body: unknown, headers?: Record<string, string>): StandInResponse => ({ status, body, headers });

export class Router {
  private routes: Route[] = [];
  private notFound: { prefix: string; handler: Handler }[] = [];

  /** How a path under `prefix` that no route serves is answered (another service's words). */
  fallback(prefix: string, handler: Handler): this {
    this.notFound.push({ prefix, handler });
    return this;
  }

  /** `path` may hold `:name` segments, read back from `req.params`. */
  add(method: string, path: string, handler: Handler, middleware: Middleware[] = []): this {
    const names: string[] = [];
    const pattern = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:(\w+)/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
    this.routes.push({ method: method.toUpperCase(), pattern, names, handler, middleware });
    return this;
  }

  async dispatch(req: Omit<StandInRequest, "params">): Promise<StandInResponse> {
    for (const route of this.routes) {
      const match = route.method === req.method ? route.pattern.exec(req.path) : null;
      if (!match) continue;
      const full: StandInRequest = { ...req, params: Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1])])) };
      const run = (i: number): Promise<StandInResponse> =>
        i < route.middleware.length ? route.middleware[i](full, () => run(i + 1)) : Promise.resolve(route.handler(full));
      try {
        return await run(0);
      } catch (e) {
        if (e instanceof InvalidRequest) return json(e.status, e.body());
        throw e;
      }
    }
    const fallback = this.notFound.find((f) => req.path.startsWith(f.prefix));
    if (fallback) return fallback.handler({ ...req, params: {} });
    // The provider's own answer to a path it does not serve.
    return json(404, errorBody(`Invalid URL (${req.method} ${req.path})`));
  }

  /** The node:http listener. */
  listener() {
    return (incoming: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (c: Buffer) => chunks.push(c));
      incoming.on("end", async () => {
        const url = new URL(incoming.url ?? "/", "http://stand-in");
        const body = Buffer.concat(chunks);
        let answer: StandInResponse;
        try {
          answer = await this.dispatch({
            method: incoming.method ?? "GET",
            path: url.pathname,
            query: url.searchParams,
            headers: incoming.headers,
            body,
            json: () => parseJson(body),
          });
        } catch (e) {
          console.error("Stand-in handler failed:", e);
          answer = json(500, errorBody("The stand-in failed on this request; see its log.", { type: "server_error" }));
        }
        const text = answer.raw ?? (answer.body === undefined ? "" : JSON.stringify(answer.body));
        res.writeHead(answer.status, { "content-type": "application/json", "x-request-id": `req_standin_${++requestCount}`, ...answer.headers });
        res.end(text);
      });
    };
  }
}

let requestCount = 0;

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new InvalidRequest(UNPARSABLE_JSON, null, null);
  }
}
