import { AppError } from "../errors";

// A state-changing JSON endpoint takes only bodies labelled application/json. A page
// on another site can send text/plain or a form without asking first (no CORS
// preflight), so accepting them would let such a request reach a handler; and a
// body sent under the wrong type is usually a client mistake worth naming.

/** `application/json`, with or without parameters such as `; charset=utf-8`, in any case. */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  return header.split(";")[0].trim().toLowerCase() === "application/json";
}

export function assertJsonContentType(header: string | null) {
  if (isJsonContentType(header)) return;
  const got = header ? `it was sent as ${header.split(";")[0].trim()}` : "it was sent without a Content-Type";
  throw new AppError(
    "unsupported_media_type",
    `This endpoint takes a JSON body, but ${got}. Send the body as JSON with the header Content-Type: application/json.`,
  );
}
