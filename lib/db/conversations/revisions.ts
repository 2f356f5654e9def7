import type { Prisma } from "../generated/client";
import { db } from "../client";
import { notFound } from "../../errors";
import { revisionDiff } from "../../editing/revision-diff";

// Revisions are written, never updated. An imported record has no revision until its
// first change; that change first records the imported state as the earliest
// revision, so every version a record ever had can be restored.

type Tx = Prisma.TransactionClient;
type Snapshot = {
  id: number;
  version: number;
  kind: string;
  body: string;
  status: string;
  note: string;
  sourceFile: string | null;
  sourceLine: number | null;
  labels: { label: { name: string } }[];
};

export async function ensureFirstRevision(tx: Tx, c: Snapshot & { importId: string | null }, fallbackActorId: string) {
  const any = await tx.revision.findFirst({ where: { conversationId: c.id }, select: { id: true } });
  if (any) return;
  const importer = c.importId
    ? await tx.import.findUnique({ where: { id: c.importId }, select: { createdById: true } })
    : null;
  const where = c.sourceFile ? `imported from ${c.sourceFile}${c.sourceLine ? `, line ${c.sourceLine}` : ""}` : "created";
  await tx.revision.create({ data: revisionData(c, where, importer?.createdById ?? fallbackActorId) });
}

export async function writeRevision(tx: Tx, c: Snapshot, summary: string, actorId: string) {
  await tx.revision.create({ data: revisionData(c, summary, actorId) });
}

function revisionData(c: Snapshot, summary: string, actorId: string) {
  return {
    conversationId: c.id,
    version: c.version,
    kind: c.kind,
    body: c.body,
    status: c.status,
    note: c.note,
    labels: JSON.stringify(c.labels.map((l) => l.label.name)),
    summary,
    actorId,
  };
}

/** Newest first, each with what it changed in the turns since the version before it. */
export async function listRevisions(conversationId: number) {
  const rows = await db().revision.findMany({
    where: { conversationId },
    orderBy: { version: "asc" },
    select: {
      version: true, status: true, summary: true, createdAt: true, body: true, labels: true, note: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return rows
    .map(({ body, labels, ...r }, i) => ({
      ...r,
      labels: JSON.parse(labels) as string[],
      changes: i === 0 ? [] : revisionDiff(rows[i - 1].body, body),
    }))
    .reverse();
}

export async function getRevision(conversationId: number, version: number) {
  const r = await db().revision.findUnique({ where: { conversationId_version: { conversationId, version } } });
  if (!r) throw notFound(`Version ${version} of conversation ${conversationId}`);
  return r;
}
