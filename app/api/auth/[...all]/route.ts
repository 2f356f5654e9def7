import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/services/auth/server-auth";
import { isOpenAuthEndpoint } from "@/lib/auth/auth-endpoints";

// The authentication library's endpoints that Tuneset uses over HTTP (listed in
// lib/auth/auth-endpoints.ts); every other one answers 404 before the library sees it.
const handler = async (req: Request) => {
  if (!isOpenAuthEndpoint(req.method, new URL(req.url).pathname)) {
    return Response.json(
      { error: { code: "not_found", message: "There is no such endpoint. Sign in on Tuneset's sign-in page; an admin hands out password reset links." } },
      { status: 404 },
    );
  }
  return auth().handler(req);
};
export const { GET, POST } = toNextJsHandler(handler);
