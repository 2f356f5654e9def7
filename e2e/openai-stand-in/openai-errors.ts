// Error answers in the provider's shape (the spec's ErrorResponse): every field present,
// `param` and `code` null when they do not apply. The SDK reads `message`, `type`,
// `param` and `code` from it, and Tuneset quotes `message` to its users.

export type OpenAIErrorBody = { error: { message: string; type: string; param: string | null; code: string | null } };

export type ErrorFields = { type?: string; param?: string | null; code?: string | null };

export function errorBody(message: string, f: ErrorFields = {}): OpenAIErrorBody {
  return { error: { message, type: f.type ?? "invalid_request_error", param: f.param ?? null, code: f.code ?? null } };
}

/** A request that fails validation: 400 naming the parameter at fault. */
export class InvalidRequest extends Error {
  constructor(
    message: string,
    readonly param: string | null,
    readonly code: string | null,
    readonly status = 400,
  ) {
    super(message);
  }

  body(): OpenAIErrorBody {
    return errorBody(this.message, { param: this.param, code: this.code });
  }
}

/** The provider's words for a body that is not JSON. */
export const UNPARSABLE_JSON =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)";
