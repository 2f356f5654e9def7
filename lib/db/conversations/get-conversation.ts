import type { Statement } from "better-sqlite3";
import { sqlite } from "../client";
import { notFound } from "../../errors";
import { toConversationRecord, type StoredConversation } from "./conversation-record";
import { deepNestingMessage, findDeepNesting } from "../../formats/json-depth";
import type { DatasetScope } from "../scope";

// Reading one conversation is on the path of every page, review step and save, so it
// is two cached statements on the raw handle rather than Prisma's per-call query
// building (a fifth of review mode's step time went there).

type Statements = { row: Statement; labels: Statement };
let cached: { handle: unknown; st: Statements } | null = null;

function statements(): Statements {
  const handle = sqlite();
  if (cached?.handle !== handle) {
    cached = {
      handle,
      st: {
        // The import's file name and time stand for it wherever the record's origin is shown.
        row: handle.prepare(
          `SELECT c.*, i.fileName AS importFileName, i.startedAt AS importStartedAt
           FROM Conversation c LEFT JOIN Import i ON i.id = c.importId WHERE c.id = ? AND c.datasetId = ? AND c.deletedAt IS NULL`,
        ),
        labels: handle.prepare(
          `SELECT l.name AS name, l.color AS color FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId
           WHERE cl.conversationId = ? ORDER BY cl.rowid`,
        ),
      },
    };
  }
  return cached.st;
}

type Row = Omit<StoredConversation, "labels" | "createdAt" | "updatedAt" | "importStartedAt"> & {
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  importStartedAt: string | null;
};

/** One live conversation of the scope's dataset; another dataset's is not found, like a missing one. */
export async function getStoredConversation(scope: DatasetScope, id: number): Promise<StoredConversation & { deletedAt: Date | null }> {
  const st = statements();
  const row = Number.isSafeInteger(id) ? (st.row.get(id, scope.datasetId) as Row | undefined) : undefined;
  if (!row) throw notFound(`Conversation ${id}`);
  const labels = (st.labels.all(id) as { name: string; color: string }[]).map((label) => ({ label }));
  return {
    ...row,
    ...tooDeepAsInvalid(row),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    importStartedAt: row.importStartedAt === null ? null : new Date(row.importStartedAt),
    deletedAt: row.deletedAt === null ? null : new Date(row.deletedAt),
    labels,
  };
}

/**
 * Lines imported before nesting was bounded may be stored as valid records that no
 * response or page can serialise. Read as invalid, with the error an import gives
 * now, they show as their raw text, cannot be approved, and are fixed like any
 * invalid line; the stored row changes only when someone saves it.
 */
function tooDeepAsInvalid(row: { kind: string; body: string }): { kind: string; errors: string } | null {
  if (row.kind === "invalid") return null;
  const deep = findDeepNesting(row.body);
  return deep && { kind: "invalid", errors: JSON.stringify([{ path: deep.path, message: deepNestingMessage(deep.limit) }]) };
}

export async function getConversation(scope: DatasetScope, id: number) {
  return toConversationRecord(await getStoredConversation(scope, id));
}

/** Parses the id segment of a URL; anything that is not a positive integer is simply not found. */
export function parseConversationId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`Conversation ${raw}`);
  return id;
}
