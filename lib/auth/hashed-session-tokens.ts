import { createHash } from "node:crypto";
import type { DBAdapter, DBAdapterInstance, Where } from "better-auth";

// Session tokens kept only as their SHA-256, the way API tokens are: the library finds
// a session by the token in its cookie, so this wraps its database adapter to hash the
// token wherever a session is written or looked up by it, and to hand the library back
// the token it asked with. A token read from a copy of the database is a hash, which
// matches no session when sent in a cookie (the token is 256 random bits: a fast hash
// is enough, there is nothing to guess). Rows read by anything else than their token
// (a user's list of sessions) carry the hash; Tuneset uses none of the library's
// features that would send such a token back.

const MODEL = "session";
const FIELD = "token";

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

type Row = Record<string, unknown>;
/** The raw tokens of one call, by their hash, to put back into the rows the call returns. */
type Raw = Map<string, string>;

function hashWhere(where: Where[] | undefined, raw: Raw): Where[] | undefined {
  return where?.map((w) => {
    if (w.field !== FIELD) return w;
    const hash = (v: unknown) => {
      if (typeof v !== "string") return v;
      const h = hashSessionToken(v);
      raw.set(h, v);
      return h;
    };
    return { ...w, value: Array.isArray(w.value) ? (w.value.map(hash) as string[]) : (hash(w.value) as Where["value"]) };
  });
}

function hashData<T>(data: T, raw: Raw): T {
  if (!data || typeof data !== "object" || typeof (data as Row)[FIELD] !== "string") return data;
  const token = (data as Row)[FIELD] as string;
  const hash = hashSessionToken(token);
  raw.set(hash, token);
  return { ...data, [FIELD]: hash };
}

function restore<T>(result: T, raw: Raw): T {
  const one = (row: unknown) => {
    if (!row || typeof row !== "object") return row;
    const token = (row as Row)[FIELD];
    return typeof token === "string" && raw.has(token) ? { ...row, [FIELD]: raw.get(token) } : row;
  };
  return (Array.isArray(result) ? result.map(one) : one(result)) as T;
}

type AnyArgs = { model: string; where?: Where[]; data?: unknown; update?: unknown };

function wrap<A extends Omit<DBAdapter, "transaction"> & { transaction?: DBAdapter["transaction"] }>(inner: A): A {
  const call =
    <K extends keyof A>(method: K) =>
    async (args: AnyArgs) => {
      const run = inner[method] as unknown as (a: AnyArgs) => Promise<unknown>;
      if (args.model !== MODEL) return run.call(inner, args);
      const raw: Raw = new Map();
      const hashed = { ...args, where: hashWhere(args.where, raw), data: hashData(args.data, raw), update: hashData(args.update, raw) };
      for (const key of ["where", "data", "update"] as const) if (args[key] === undefined) delete hashed[key];
      return restore(await run.call(inner, hashed), raw);
    };
  const methods = ["create", "findOne", "findMany", "count", "update", "updateMany", "delete", "deleteMany", "consumeOne", "incrementOne"] as const;
  const wrapped = { ...inner } as A;
  for (const m of methods) if (typeof inner[m] === "function") (wrapped as Record<string, unknown>)[m] = call(m);
  if (inner.transaction) {
    // The library runs some writes in a transaction, on the adapter it is handed here.
    const transaction = inner.transaction.bind(inner);
    (wrapped as { transaction: DBAdapter["transaction"] }).transaction = (callback) => transaction((trx) => callback(wrap(trx)));
  }
  return wrapped;
}

/** The adapter, storing and finding sessions by their token's SHA-256. */
export function withHashedSessionTokens(adapter: DBAdapterInstance): DBAdapterInstance {
  return (options) => wrap(adapter(options));
}
