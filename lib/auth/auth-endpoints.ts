// The authentication library's endpoints that answer over HTTP, under /api/auth; every
// other one answers 404. Tuneset calls the library from its own server code (sign-in,
// sign-out, first run, reset links), so the browser needs only what a provider or a
// script must reach. Off, among others: self-service password reset (Tuneset sends no
// e-mail; an admin hands out links), sign-up, changing e-mail or password, deleting the
// account, and listing or revoking sessions.
//   POST     /sign-in/email   signing in with a password, for scripts (the limiter counts it)
//   GET/POST /callback/oidc   where the single sign-on provider sends people back
//   GET      /error           the page a failed single sign-on ends on

const OPEN: { method: string; path: RegExp }[] = [
  { method: "POST", path: /^\/sign-in\/email$/ },
  { method: "GET", path: /^\/callback\/oidc$/ },
  { method: "POST", path: /^\/callback\/oidc$/ },
  { method: "GET", path: /^\/error$/ },
];

export const AUTH_BASE_PATH = "/api/auth";

/** Whether the library may answer this request. */
export function isOpenAuthEndpoint(method: string, pathname: string): boolean {
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return false;
  const path = pathname.slice(AUTH_BASE_PATH.length).replace(/\/+$/, "");
  return OPEN.some((e) => e.method === method.toUpperCase() && e.path.test(path));
}
