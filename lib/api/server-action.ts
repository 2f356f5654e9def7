import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertAllowed } from "../db/auth/assert-allowed";
import { allowedIn } from "../services/auth/allowed-in";
import { datasetOfConversation } from "../db/auth/dataset-owners";
import type { DatasetScope } from "../db/scope";
import { requestActor } from "../services/auth/request-actor";
import type { Permission } from "../auth/permissions";
import { AppError, isAppError } from "../errors";
import { uniqueConflict } from "../db/unique-conflict";
import { boundRecord } from "../long-text/bound-record";
import type { ConversationRecord } from "../validation/conversation-record";
import { actionFailure, type ActionResult } from "./action-result";
import { formValues } from "./form-values";

// The one wrapper for every server action, twin of apiRoute for route handlers: it finds
// who is asking, parses the input once with the action's zod schema, checks the
// permission in the dataset the input names (or the conversation's, or the owner's of
// a record), runs the write with the typed input, refreshes the pages that show it and
// turns errors into an ActionResult the page can word. lib/actions only says which
// permission, which schema and which write. This file must not say "use server": every
// export of such a file is a public endpoint.

/** Who may call: a permission (checked in the dataset when one is named), or explicitly anyone. */
export type Who = Permission | "signed-in" | "anyone";
type ActorOf<P extends Who> = P extends "anyone" ? null : Actor;
type Path = string | { path: string; type: "layout" | "page" };

export type ActionContext = {
  /** The dataset the action was authorized in, when it named one. */
  datasetId?: string;
  /**
   * That dataset's scope, which lib/db's reads and writes in it take. Only an action
   * that names a dataset or a conversation has one; asking otherwise is a bug, and throws.
   */
  readonly scope: DatasetScope;
  /** Refresh a page once the write has succeeded. */
  revalidate(path: string, type?: "layout" | "page"): void;
};

export type ServerActionOptions<S extends z.ZodType, P extends Who, T, F extends string, K extends string> = {
  permission: P;
  schema: S;
  /** The dataset the permission is checked in; async for a record that belongs to one (an evaluation, a fine-tune, a snapshot). */
  dataset?: (input: z.output<S>) => string | Promise<string>;
  /** The conversation acted on: its dataset decides membership. */
  conversation?: (input: z.output<S>) => number;
  /** Pages to refresh after success (besides those fn names through its context). */
  revalidate?: (input: z.output<S>, out: T, datasetId: string | undefined) => Path[];
  /** Where to go after success (the page then never sees the result). */
  redirect?: (input: z.output<S>, out: T) => string;
  /** Fields of the raw input echoed back on failure, so a form shows what was typed (never a password). */
  keep?: readonly K[];
  /** The field an AppError of this code is about, so the form shows it under that field. */
  fields?: Partial<Record<"bad_request" | "conflict" | "not_found", F>>;
  /** The sentence for a 409 (a stale version), worded for the record at hand. */
  conflict?: string;
};

export type ActionState<T extends object = object, F extends string = string, K extends string = never> = ActionResult<T, F> & {
  values?: Partial<Record<K, string>>;
};
type Fn<S extends z.ZodType, P extends Who, T> = (input: z.output<S>, actor: ActorOf<P>, ctx: ActionContext) => Promise<T>;

/** A plain <form action>: (FormData) and nothing back; a failure is thrown as a plain AppError for the error page. */
export function serverAction<S extends z.ZodType, P extends Who, T extends object, F extends string, K extends string>(
  options: ServerActionOptions<S, P, T, F, K> & { formAction: true },
  fn: Fn<S, P, T>,
): (form: FormData) => Promise<void>;
/** Called with the arguments `args` turns into the one value the schema parses. */
export function serverAction<S extends z.ZodType, P extends Who, T extends object, F extends string, K extends string, A extends unknown[]>(
  options: ServerActionOptions<S, P, T, F, K> & { args: (...a: A) => unknown },
  fn: Fn<S, P, T>,
): (...a: A) => Promise<ActionState<T, F, K>>;
/** A form action for useActionState: (previous state, FormData). */
export function serverAction<S extends z.ZodType, P extends Who, T extends object, F extends string, K extends string>(
  options: ServerActionOptions<S, P, T, F, K> & { form: true },
  fn: Fn<S, P, T>,
): (prev: ActionState<T, F, K> | null, form: FormData) => Promise<ActionState<T, F, K>>;
/** Called with one input: a plain object, or a form's FormData. */
export function serverAction<S extends z.ZodType, P extends Who, T extends object, F extends string, K extends string>(
  options: ServerActionOptions<S, P, T, F, K>,
  fn: Fn<S, P, T>,
): (input: z.input<S> | FormData) => Promise<ActionState<T, F, K>>;
export function serverAction<S extends z.ZodType, P extends Who, T extends object, F extends string, K extends string>(
  options: ServerActionOptions<S, P, T, F, K> & { form?: true; formAction?: true; args?: (...a: unknown[]) => unknown },
  fn: Fn<S, P, T>,
) {
  if ((options.permission === "anyone" || options.permission === "signed-in") && (options.dataset || options.conversation)) {
    // A dataset is checked with a permission; without one, membership would silently go unchecked.
    throw new Error(`serverAction: "${options.permission}" cannot name a dataset or conversation; name the permission to check there`);
  }
  const run = action(options, fn);
  if (!options.formAction) return run;
  return async (form: FormData): Promise<void> => {
    const result = await run(form);
    if (!result.ok) throw new AppError(result.code, result.error);
  };
}

function action<S extends z.ZodType, P extends Who, T extends object, F extends string, K extends string>(
  options: ServerActionOptions<S, P, T, F, K> & { form?: true; args?: (...a: unknown[]) => unknown },
  fn: Fn<S, P, T>,
) {
  return async (...call: unknown[]): Promise<ActionState<T, F, K>> => {
    const given = options.args ? options.args(...call) : options.form ? call[1] : call[0];
    const raw = given instanceof FormData ? formValues(given) : given;
    const values = keptValues(options.keep, raw);
    try {
      // Who asks comes first, so someone signed out learns nothing about the input or what exists.
      const actor = (options.permission === "anyone" ? null : await requestActor()) as ActorOf<P>;
      // With no dataset to look up, the role decides before the input is even read.
      const needsInput = options.dataset || options.conversation;
      if (actor && !needsInput && options.permission !== "signed-in") await assertAllowed(actor, options.permission as Permission);
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) return { ...actionFailure<F>(parsed.error), ...values };
      const input = parsed.data;
      const scope = actor && needsInput ? await authorizeInput(options, actor, input) : undefined;
      const datasetId = scope?.datasetId;
      const paths: Path[] = [];
      const ctx: ActionContext = {
        datasetId,
        get scope() {
          if (!scope) throw new Error("serverAction: this action names no dataset or conversation, so it has no scope");
          return scope;
        },
        revalidate: (path, type) => void paths.push(type ? { path, type } : path),
      };
      const out = await fn(input, actor, ctx);
      for (const p of [...(options.revalidate?.(input, out, datasetId) ?? []), ...paths]) {
        if (typeof p === "string") revalidatePath(p);
        else revalidatePath(p.path, p.type);
      }
      if (options.redirect) redirect(options.redirect(input, out));
      return { ok: true, ...out };
    } catch (e) {
      // Next's own redirects and not-founds are thrown: let them through.
      unstable_rethrow(e);
      return { ...failure<F>(e, options), ...values };
    }
  };
}

/** The pages that show one conversation: its own, and its dataset's (table, counts). */
export const conversationPages = (input: { id: number }, _out: unknown, datasetId: string | undefined): Path[] => [
  `/conversations/${input.id}`,
  ...(datasetId ? [`/datasets/${datasetId}`] : []),
];

/** The permission, in the dataset the input names (or its conversation's); returns that dataset's scope. */
async function authorizeInput<I>(
  o: { permission: Who; dataset?: (i: I) => string | Promise<string>; conversation?: (i: I) => number },
  actor: Actor,
  input: I,
): Promise<DatasetScope | undefined> {
  if (o.permission === "signed-in" || o.permission === "anyone") return undefined;
  if (o.conversation) return allowedIn(actor, o.permission, await datasetOfConversation(o.conversation(input)), "This conversation");
  if (o.dataset) return allowedIn(actor, o.permission, await o.dataset(input));
  await assertAllowed(actor, o.permission);
  return undefined;
}

function failure<F extends string>(e: unknown, o: { fields?: Partial<Record<string, F>>; conflict?: string }) {
  const known = uniqueConflict(e) ?? e;
  const f = actionFailure<F>(known, o.conflict);
  // A conflict shows the colleague's version on the page: bounded like the page itself.
  if (f.current) f.current = boundRecord(f.current as ConversationRecord);
  // A refusal about one field (its details say which, or the action does) shows under it.
  const field = isAppError(known) ? ((known.details as { field?: F } | undefined)?.field ?? o.fields?.[known.code]) : undefined;
  return field ? { ...f, fieldErrors: { [field]: [f.error] } as Partial<Record<F, string[]>> } : f;
}

function keptValues<K extends string>(keep: readonly K[] | undefined, raw: unknown): { values?: Partial<Record<K, string>> } {
  if (!keep) return {};
  const from = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  // Only what was sent as text: a field the form did not have stays unset, so the form's own default shows.
  return { values: Object.fromEntries(keep.flatMap((k) => (typeof from[k] === "string" ? [[k, from[k]]] : []))) as Partial<Record<K, string>> };
}

/** For actions called as (datasetId, input): the schema of the input with the dataset's id beside its fields. */
export const inDataset = <S extends z.ZodType>(schema: S) => z.object({ datasetId: DatasetIdSchema }).and(schema);
const DatasetIdSchema = z.string({ error: "dataset id is required" }).min(1, { error: "dataset id is required" });

/** The (datasetId, input) call as the one object inDataset parses. */
export const datasetAndInput = (datasetId: unknown, input: unknown) => {
  const fields = input instanceof FormData ? formValues(input) : input && typeof input === "object" ? input : {};
  return { ...fields, datasetId };
};
