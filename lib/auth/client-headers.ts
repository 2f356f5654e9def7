import type { IncomingMessage } from "node:http";
import { clientAddress, type TrustedProxies } from "./client-address";

// Next's route handlers and server actions never see the socket, and the headers they
// see are the client's to write (Next even fills X-Forwarded-For only when the client
// left it out). So Tuneset's own server (scripts/serve.ts) writes the facts it reads
// from the socket into headers of its own, after removing any copy a client sent:
//   x-tuneset-client   the client's address (lib/auth/client-address.ts)
//   x-tuneset-proxied  "1" when the peer is a trusted proxy, whose forwarded headers count
// They are believed only in a process that server started: anywhere else (plain
// `next start`, `next dev`) a client could have written them, so every request counts as
// one unknown client that came directly.

export const CLIENT_HEADER = "x-tuneset-client";
const PROXIED_HEADER = "x-tuneset-proxied";
const OWN_PREFIX = "x-tuneset-";

const stamped = globalThis as unknown as { tunesetStampsClientHeaders?: boolean };

/** Called once by Tuneset's server, before it takes requests. */
export function markClientHeadersStamped(): void {
  stamped.tunesetStampsClientHeaders = true;
}

/** Rewrites the request's own headers from its socket (Tuneset's server, on every request). */
export function stampClientHeaders(req: IncomingMessage, trusted: TrustedProxies): void {
  for (const name of Object.keys(req.headers)) if (name.startsWith(OWN_PREFIX)) delete req.headers[name];
  const peer = req.socket.remoteAddress;
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_HEADER] = clientAddress(peer, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trusted);
  req.headers[PROXIED_HEADER] = peer && trusted.has(peer) ? "1" : "0";
}

export type RequestClient = { address: string; viaTrustedProxy: boolean };

/** Who sent the request, as Tuneset's server stamped it. */
export function requestClient(headers: Headers | undefined): RequestClient {
  if (!stamped.tunesetStampsClientHeaders || !headers) return { address: "unknown", viaTrustedProxy: false };
  return { address: headers.get(CLIENT_HEADER) || "unknown", viaTrustedProxy: headers.get(PROXIED_HEADER) === "1" };
}

const firstValue = (value: string | null) => value?.split(",")[0].trim() || null;

/**
 * The origin the request was sent to: its Host over plain HTTP (Tuneset's server speaks
 * nothing else), or what a trusted proxy says in X-Forwarded-Host and X-Forwarded-Proto.
 * Null when there is no usable host.
 */
export function requestOrigin(headers: Headers): string | null {
  const { viaTrustedProxy } = requestClient(headers);
  const host = (viaTrustedProxy && firstValue(headers.get("x-forwarded-host"))) || headers.get("host");
  const proto = (viaTrustedProxy && firstValue(headers.get("x-forwarded-proto"))) || "http";
  if (!host || !/^https?$/.test(proto)) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}
