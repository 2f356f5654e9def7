import { ORGANIZATION } from "./fine-tuning-jobs";
import { errorBody } from "./openai-errors";
import { isObject } from "./param-checks";
import { json, type Middleware, type StandInRequest, type StandInResponse } from "./router";

// Refusals on demand, so tests and demos can see how Tuneset takes them: a rate limit
// with retry-after-ms, a server error, a permission refusal, or any other status.
// A fault answers the next `times` requests (all of them when not given) under `path`
// and, when given, only those of `method` (so job creation can be refused while file
// uploads go through).

export type Fault = {
  status: number;
  /** How many requests it answers; absent: until cleared. */
  times?: number;
  /** Only requests whose path starts with this (e.g. /v1/fine_tuning/jobs). The Azure mount's /openai/… counts as /v1/…. */
  path?: string;
  /** Only requests of this method (e.g. POST). */
  method?: string;
  message?: string;
  type?: string;
  code?: string | null;
  /** Sent as retry-after-ms (and retry-after in whole seconds); 429 defaults to 20 ms so the SDK's retries pass quickly. */
  retryAfterMs?: number;
};

type Words = { message: string; type: string; code: string | null };

const DEFAULTS: Record<number, Words> = {
  400: { message: "Your organization is not eligible for this endpoint.", type: "invalid_request_error", code: "not_eligible" },
  401: { message: "Incorrect API key provided: sk-***0000.", type: "invalid_request_error", code: "invalid_api_key" },
  403: { message: "Project proj_standin does not have access to omni-moderation-latest.", type: "invalid_request_error", code: "model_not_allowed" },
  429: {
    message: "Rate limit reached for omni-moderation-latest on requests per min (RPM): Limit 3, Used 3, Requested 1.",
    type: "requests",
    code: "rate_limit_exceeded",
  },
  500: { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", code: null },
  503: { message: "The engine is currently overloaded, please try again later.", type: "server_error", code: null },
};

// What the provider says on its fine-tuning and file endpoints instead: a refusal there is
// about the organisation's eligibility or its active jobs, not about a moderation model.
const FINE_TUNING_DEFAULTS: Record<number, Words> = {
  400: { message: "This organization is not eligible to create fine-tuning jobs.", type: "invalid_request_error", code: "not_eligible" },
  403: {
    message: "This organization is not eligible to create fine-tuning jobs. Self-serve fine-tuning is no longer available to it; contact sales to continue.",
    type: "invalid_request_error",
    code: "not_eligible",
  },
  429: {
    message: "This fine-tuning request has been rate-limited. Your organization has reached the maximum of 3 active fine-tuning jobs (3 running, 0 queued).",
    type: "requests",
    code: "rate_limit_exceeded",
  },
};

const FILES_DEFAULTS: Record<number, Words> = {
  403: { message: "Project proj_standin does not have access to the Files API.", type: "invalid_request_error", code: "permission_denied" },
  429: {
    message: "Rate limit reached for file uploads on requests per min (RPM): Limit 3, Used 3, Requested 1.",
    type: "requests",
    code: "rate_limit_exceeded",
  },
};

// On chat completions a refusal names the model asked for, as the provider's do.
const chatDefaults = (model: string, retryAfterMs: number): Record<number, Words> => ({
  403: { message: `Project \`proj_standin\` does not have access to model \`${model}\``, type: "invalid_request_error", code: "model_not_found" },
  429: {
    message: `Rate limit reached for ${model} in organization ${ORGANIZATION.id} on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${retryAfterMs}ms. Visit https://platform.openai.com/account/rate-limits to learn more.`,
    type: "requests",
    code: "rate_limit_exceeded",
  },
});

/** The path as the OpenAI mount names it: Azure's /openai/files is /v1/files, /openai/deployments/{d}/chat/completions is /v1/chat/completions. */
export const openAIPath = (path: string) => (path.startsWith("/openai/") ? `/v1/${path.slice("/openai/".length).replace(/^deployments\/[^/]+\//, "")}` : path);

/** The model a chat request names: the Azure deployment, or the body's `model`. */
function chatModelOf(req: Pick<StandInRequest, "path" | "json">): string {
  const deployment = /^\/openai\/deployments\/([^/]+)\//.exec(req.path)?.[1];
  if (deployment) return decodeURIComponent(deployment);
  try {
    const body = req.json();
    if (isObject(body) && typeof body.model === "string") return body.model;
  } catch {
    // Not JSON: the fault answers all the same.
  }
  return "gpt-4o-mini";
}

function wordsFor(status: number, req: Pick<StandInRequest, "path" | "json">, retryAfterMs: number): Words {
  const p = openAIPath(req.path);
  const special = p.startsWith("/v1/fine_tuning")
    ? FINE_TUNING_DEFAULTS[status]
    : p.startsWith("/v1/files")
      ? FILES_DEFAULTS[status]
      : p.startsWith("/v1/chat")
        ? chatDefaults(chatModelOf(req), retryAfterMs)[status]
        : undefined;
  return special ?? DEFAULTS[status] ?? { message: `Injected error ${status}.`, type: "invalid_request_error", code: null };
}

export class Faults {
  private current: (Fault & { left: number }) | null = null;

  set(fault: Fault) {
    this.current = { ...fault, left: fault.times ?? Infinity };
  }

  clear() {
    this.current = null;
  }

  get active(): Fault | null {
    return this.current && this.current.left > 0 ? this.current : null;
  }

  /** Middleware for the API routes: answers with the fault while one is set. */
  middleware(): Middleware {
    return async (req, next) => {
      const f = this.current;
      if (!f || f.left <= 0 || !applies(f, req.method, req.path)) return next();
      f.left--;
      return faultResponse(f, req);
    };
  }
}

function applies(f: Fault, method: string, path: string): boolean {
  if (f.method && f.method.toUpperCase() !== method.toUpperCase()) return false;
  return !f.path || openAIPath(path).startsWith(f.path) || path.startsWith(f.path);
}

export function faultResponse(f: Fault, req: Pick<StandInRequest, "path" | "json">): StandInResponse {
  const wait = f.retryAfterMs ?? (f.status === 429 ? 20 : undefined);
  const d = wordsFor(f.status, req, wait ?? 0);
  const headers = wait === undefined ? undefined : { "retry-after-ms": String(wait), "retry-after": String(Math.ceil(wait / 1000)) };
  return json(f.status, errorBody(f.message ?? d.message, { type: f.type ?? d.type, code: f.code === undefined ? d.code : f.code }), headers);
}

/** STAND_IN_FAULT=429 (or 500, 403, …) starts the stand-in with that fault set until cleared. */
export function faultFromEnv(value: string | undefined): Fault | null {
  const status = Number(value);
  return Number.isInteger(status) && status >= 400 && status <= 599 ? { status } : null;
}
