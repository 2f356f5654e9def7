import type { Prisma } from "../generated/client";

// Labels are per dataset and created the first time someone uses a name. Colours come
// from a fixed palette by the name's hash, so a label keeps its colour everywhere.

const PALETTE = ["#6366f1", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6", "#84cc16", "#f97316"];

export function labelColor(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** What changes between two sets of label names, for the revision summary. */
export function labelDiff(before: string[], after: string[]) {
  const added = after.filter((n) => !before.includes(n));
  const removed = before.filter((n) => !after.includes(n));
  return { added, removed, summary: [...added.map((n) => `+${n}`), ...removed.map((n) => `−${n}`)].join(" ") };
}

/** Makes the conversation carry exactly `names`, inside the caller's transaction. */
export async function setConversationLabels(tx: Prisma.TransactionClient, conversationId: number, datasetId: string, names: string[]) {
  const wanted = [...new Set(names)];
  const labels = await Promise.all(
    wanted.map((name) =>
      tx.label.upsert({
        where: { datasetId_name: { datasetId, name } },
        update: {},
        create: { datasetId, name, color: labelColor(name) },
        select: { id: true },
      }),
    ),
  );
  const ids = labels.map((l) => l.id);
  await tx.conversationLabel.deleteMany({ where: { conversationId, labelId: { notIn: ids } } });
  for (const labelId of ids) {
    await tx.conversationLabel.upsert({
      where: { conversationId_labelId: { conversationId, labelId } },
      update: {},
      create: { conversationId, labelId },
    });
  }
}
