import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server-auth";

// The authentication library's own endpoints (sign-out, password reset, single
// sign-on callbacks, session refresh), rate-limited by the library.
const handler = (req: Request) => auth().handler(req);
export const { GET, POST } = toNextJsHandler(handler);
