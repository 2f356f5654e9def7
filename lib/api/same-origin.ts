import { AppError } from "../errors";

// A state-changing request from another site's page (a form or fetch aimed at this
// server, riding on the session cookie) is refused. Browsers send Origin on every
// cross-site POST, PATCH and DELETE; scripts and the CLI send none and authenticate
// with a token, which no other site can attach.

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export function assertSameOrigin(req: Request) {
  if (SAFE.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite();
  }
  if (!host || originHost !== host) throw crossSite();
}

const crossSite = () => new AppError("forbidden", "This request came from another site and was refused. Use Tuneset's own pages, or call the API with a token.");
