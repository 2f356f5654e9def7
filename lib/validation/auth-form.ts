import type { ActionFailure } from "../api/action-result";

/** What the sign-in, first-run and reset forms get back: only failures (success redirects), with what was typed, passwords aside. */
export type AuthFormResult = ActionFailure & { values?: Record<string, string> };
