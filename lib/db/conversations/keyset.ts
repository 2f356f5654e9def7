import type { Sort } from "../../validation/conversation-filter";
import { AppError } from "../../errors";

// Keyset pagination: a page starts after the (sort value, id) of the row before it, so
// page 2,000 costs what page 1 costs. OFFSET would scan every row it skips.

export const SORT_COLUMN: Record<Sort, string> = {
  created: "id",
  updated: "updatedAt",
  turns: "turns",
  tokens: "tokens",
  status: "status",
};

export type Cursor = { v: string | number | null; id: number; back?: boolean };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

export function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as Cursor;
    if (typeof c.id !== "number") throw new Error();
    return c;
  } catch {
    throw new AppError("bad_request", "cursor is not one this server gave out; start again from the first page");
  }
}

/**
 * The condition for "rows after the cursor" in the given direction. NULL token counts
 * (still being counted) sort below every number, as SQLite sorts them.
 */
export function afterCursor(sort: Sort, descending: boolean, c: Cursor, alias = "c"): { sql: string; params: unknown[] } {
  const col = `${alias}.${SORT_COLUMN[sort]}`;
  const id = `${alias}.id`;
  const op = descending ? "<" : ">";
  if (sort === "created") return { sql: `${id} ${op} ?`, params: [c.id] };
  if (c.v === null) {
    return descending
      ? { sql: `(${col} IS NULL AND ${id} < ?)`, params: [c.id] }
      : { sql: `((${col} IS NULL AND ${id} > ?) OR ${col} IS NOT NULL)`, params: [c.id] };
  }
  const tuple = { sql: `(${col}, ${id}) ${op} (?, ?)`, params: [c.v, c.id] };
  return descending ? { sql: `(${tuple.sql} OR ${col} IS NULL)`, params: tuple.params } : tuple;
}

/** `where` narrowed to the rows after the cursor (every row of it without one): the condition for one page. */
export function whereAfter(where: { sql: string; params: unknown[] }, sort: Sort, descending: boolean, c: Cursor | null): { sql: string; params: unknown[] } {
  if (!c) return { sql: where.sql, params: [...where.params] };
  const after = afterCursor(sort, descending, c);
  return { sql: `${where.sql} AND ${after.sql}`, params: [...where.params, ...after.params] };
}

export function orderBy(sort: Sort, descending: boolean, alias = "c"): string {
  const dir = descending ? "DESC" : "ASC";
  return sort === "created" ? `${alias}.id ${dir}` : `${alias}.${SORT_COLUMN[sort]} ${dir}, ${alias}.id ${dir}`;
}

/** A sort column's value as read from SQLite, in the form a cursor keeps it. */
export function cursorValue(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  return v as string | number;
}
