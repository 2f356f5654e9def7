import { z } from "zod";
import { AUDIT_ACTION_CODES } from "../audit/audit-actions";

// Which audit events to list: the audit page's URL (its filter form submits by GET)
// and the query string of GET /api/v1/audit read through this one schema, so a link
// and an API call with the same parameters list the same events.

export const AUDIT_PAGE_SIZE = 50;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const isCalendarDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  // Date rolls 2026-02-31 over to March; a real day reads back as itself.
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};

/** A calendar day, YYYY-MM-DD, read in UTC like every time Tuneset shows. */
const day = (name: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${name} must be a date written YYYY-MM-DD`, abort: true })
      .refine(isCalendarDay, { error: `${name} is not a date on the calendar` })
      .optional(),
  );

/**
 * Cursors are opaque to callers: "b<id>" lists the events before (older than) that one,
 * "a<id>" those after it, for the page back towards the newest.
 */
const CURSOR = /^[ab][1-9]\d{0,14}$/;

export const AuditQuerySchema = z
  .object({
    /** A user id: events that user did. */
    actor: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
    action: z.preprocess(emptyToUndefined, z.enum(AUDIT_ACTION_CODES, { error: "action must be one of the audit log's action codes" }).optional()),
    /** A dataset id: events in that dataset. */
    dataset: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
    /** First day to include. */
    from: day("from"),
    /** Last day to include. */
    to: day("to"),
    cursor: z.preprocess(emptyToUndefined, z.string().regex(CURSOR, { error: "cursor must be a next_cursor or prev_cursor from an earlier page" }).optional()),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: "from must be on or before to", path: ["to"] });

export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export type AuditCursor = { direction: "older" | "newer"; id: number };

export function decodeAuditCursor(cursor: string | undefined): AuditCursor | null {
  if (!cursor || !CURSOR.test(cursor)) return null;
  return { direction: cursor[0] === "b" ? "older" : "newer", id: Number(cursor.slice(1)) };
}

export const olderThan = (id: number) => `b${id}`;
export const newerThan = (id: number) => `a${id}`;

/** The audit page's link for `q` with `changes` (a changed filter starts again at the newest events). */
export function auditHref(q: Partial<AuditQuery>, changes: Partial<AuditQuery> = {}): string {
  const next: Partial<AuditQuery> = { ...q, ...changes };
  if (Object.keys(changes).some((k) => k !== "cursor")) delete next.cursor;
  const params = new URLSearchParams();
  for (const key of ["actor", "action", "dataset", "from", "to", "cursor"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  const qs = params.toString();
  return `/audit${qs ? `?${qs}` : ""}`;
}
