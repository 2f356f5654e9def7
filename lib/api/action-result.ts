import { z, ZodError } from "zod";
import { isAppError, type ErrorCode } from "../errors";
import type { ConversationRecord } from "../validation/conversation-record";
import { uniqueConflict } from "../db/unique-conflict";
import type { BoundedRecord } from "../long-text/bound-record";

// What every server action returns. Failures carry a message a user may read: an
// AppError's own message, zod's field messages, or a generic sentence for anything
// else (the real error goes to the server log, never to the page).

export type ActionFailure<F extends string = string> = {
  ok: false;
  error: string;
  code: ErrorCode;
  fieldErrors?: Partial<Record<F, string[]>>;
  /** On a version conflict: the record as it is now, so the page can show both versions. */
  current?: BoundedRecord;
};

export type ActionResult<T extends object = object, F extends string = string> = ({ ok: true } & T) | ActionFailure<F>;

export const UNKNOWN_ACTION_ERROR = "Something went wrong on the server and nothing was saved. Try again; if it keeps happening, check the server log.";

export const CONFLICT_ACTION_ERROR = "Someone else changed this conversation; reload to see their version";

/** `conflictMessage` words a 409 for the record at hand; other codes keep the AppError's message. */
export function actionFailure<F extends string = string>(thrown: unknown, conflictMessage?: string): ActionFailure<F> {
  const e = uniqueConflict(thrown) ?? thrown;
  if (e instanceof ZodError) {
    const flat = z.flattenError(e);
    const fieldErrors = flat.fieldErrors as Partial<Record<F, string[]>>;
    const first = flat.formErrors[0] ?? Object.values<string[] | undefined>(fieldErrors)[0]?.[0];
    return { ok: false, code: "bad_request", error: first ?? "Some fields need attention.", fieldErrors };
  }
  if (isAppError(e)) {
    if (e.code !== "conflict") return { ok: false, code: e.code, error: e.message };
    const current = (e.details as { current?: ConversationRecord } | undefined)?.current;
    return { ok: false, code: e.code, error: conflictMessage ?? e.message, ...(current ? { current } : {}) };
  }
  console.error(e);
  return { ok: false, code: "internal", error: UNKNOWN_ACTION_ERROR };
}
