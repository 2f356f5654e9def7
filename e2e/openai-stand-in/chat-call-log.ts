import { recording } from "./call-log";
import { isObject } from "./param-checks";
import type { Middleware, StandInRequest } from "./router";
import type { Clock } from "./timing";

// What Tuneset asked of /chat/completions, for tests that count answers, retries or
// judge calls: a summary of each request that got past the key check and any injected
// fault (rate-limited ones included), with the status answered. The newest 1,000 are
// kept, as for the other endpoints.

export type ChatCall = {
  at: string;
  /** As asked: the body's model, or the Azure deployment. */
  model: string | null;
  messages: number;
  tools: number;
  /** response_format.type, or null when not sent. */
  responseFormat: string | null;
  /** json_schema.name with a json_schema response format. */
  schema: string | null;
  status: number;
};

function summary(req: StandInRequest): Omit<ChatCall, "at" | "status"> {
  let body: Record<string, unknown> = {};
  try {
    const parsed = req.json();
    if (isObject(parsed)) body = parsed;
  } catch {
    // An unparsable body is still a call; its 400 says why.
  }
  const format = isObject(body.response_format) ? body.response_format : null;
  const schema = format && isObject(format.json_schema) && typeof format.json_schema.name === "string" ? format.json_schema.name : null;
  return {
    model: req.params.deployment ?? (typeof body.model === "string" ? body.model : null),
    messages: Array.isArray(body.messages) ? body.messages.length : 0,
    tools: Array.isArray(body.tools) ? body.tools.length : Array.isArray(body.functions) ? body.functions.length : 0,
    responseFormat: format && typeof format.type === "string" ? format.type : null,
    schema,
  };
}

export function recordChatCalls(calls: ChatCall[], now: Clock): Middleware {
  return recording(calls, (req, status) => ({ at: new Date(now()).toISOString(), ...summary(req), status }));
}
