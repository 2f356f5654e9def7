/** The session cookie's name prefix, shared by the authentication setup and proxy.ts (which cannot load the library's server half). */
export const SESSION_COOKIE_PREFIX = "tuneset";
