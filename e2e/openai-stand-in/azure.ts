import { json, type Middleware, type StandInResponse } from "./router";

// The Azure OpenAI flavour of the same endpoints: the SDK's AzureOpenAI client calls
// {endpoint}/openai/{path}?api-version=… with an `api-key` header. Azure answers a
// wrong key, a missing api-version and an unknown path in its own shape
// ({error: {code, message}}), not OpenAI's.

export const AZURE_PREFIX = "/openai";

const azureError = (status: number, code: string, message: string): StandInResponse => json(status, { error: { code, message } });

export function azureKeyAuth(apiKey: string): Middleware {
  return async (req, next) => {
    if (req.headers["api-key"] !== apiKey) {
      return azureError(
        401,
        "401",
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.",
      );
    }
    return next();
  };
}

export function requireApiVersion(): Middleware {
  return async (req, next) => {
    if (!req.query.get("api-version")) {
      return azureError(400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
    }
    return next();
  };
}

export const azureNotFound = () => azureError(404, "404", "Resource not found");
