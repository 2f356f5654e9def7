import { errorBody } from "./openai-errors";
import { json, type Middleware } from "./router";

// The provider's key check: `Authorization: Bearer <key>`, answered 401 in its words.
// A wrong key is quoted masked, the way the provider does it.

const mask = (key: string) => (key.length > 8 ? `${key.slice(0, 3)}***${key.slice(-4)}` : "***");

export function bearerAuth(apiKey: string): Middleware {
  return async (req, next) => {
    const header = req.headers.authorization ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      return json(
        401,
        errorBody(
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        ),
      );
    }
    if (match[1] !== apiKey) return json(401, errorBody(`Incorrect API key provided: ${mask(match[1])}.`, { code: "invalid_api_key" }));
    return next();
  };
}
