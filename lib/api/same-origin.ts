import { AppError } from "../errors";
import { requestOrigin } from "../auth/client-headers";
import { env } from "../env";

// A state-changing request from another site's page (a form or fetch aimed at this
// server, riding on the session cookie) is refused. Browsers send Origin on every
// cross-site POST, PATCH and DELETE; scripts and the CLI send none and authenticate
// with a token, which no other site can attach. The whole origin counts (scheme, host
// and port): http://host:8080 or https://host is another site to a browser, and may be
// another program on the same machine. X-Forwarded-Host and -Proto count only from a
// trusted proxy (lib/auth/client-headers.ts); anyone else could name any host there.

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins a write may come from: the one the request was sent to, and TUNESET_PUBLIC_URL's. */
export function allowedOrigins(headers: Headers): string[] {
  const origins = [requestOrigin(headers)];
  const publicUrl = env().TUNESET_PUBLIC_URL;
  if (publicUrl) {
    try {
      origins.push(new URL(publicUrl).origin);
    } catch {
      // An unusable public URL allows nothing extra.
    }
  }
  return origins.filter((o): o is string => o !== null);
}

export function assertSameOrigin(req: Request) {
  if (SAFE.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  let sent: string;
  try {
    sent = new URL(origin).origin;
  } catch {
    throw crossSite();
  }
  if (!allowedOrigins(req.headers).includes(sent)) throw crossSite();
}

const crossSite = () =>
  new AppError("forbidden", "This request came from another site and was refused. Use Tuneset's own pages, or call the API with a token.");
