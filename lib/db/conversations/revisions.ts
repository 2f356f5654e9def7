import type { Prisma } from "../generated/client";
import { db } from "../client";

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

export async function listRevisions(conversationId: number) {
  return db().revision.findMany({
    where: { conversationId },
    orderBy: { version: "desc" },
    select: { version: true, status: true, summary: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
}
