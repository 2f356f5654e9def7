import { db } from "../client";
import { AppError } from "../../errors";
import { rowFromLine } from "../../import/row-from-line";
import { ConversationPatchSchema, type ConversationPatch } from "../../validation/conversation-patch";
import { STATUS_LABELS, type Status } from "../../validation/statuses";
import { wakeBackgroundWork } from "../../jobs/background-work";
import { getStoredConversation } from "./get-conversation";
import { toConversationRecord } from "./conversation-record";
import { writeRevision, ensureFirstRevision } from "./revisions";
import { labelDiff, setConversationLabels } from "../labels/set-conversation-labels";
import { RECORD_KEYS } from "../../validation/conversation-record";
import type { Actor } from "../actor";

// The one write path for a conversation: checks the version the client edited,
// applies the change, bumps the version and records a revision, all in one
// transaction. A stale version is refused with 409 and the current record.

export async function updateConversation(id: number, input: unknown, actor: Actor, opts: { summary?: string } = {}) {
  const patch: ConversationPatch = ConversationPatchSchema.parse(input);
  const current = await getStoredConversation(id);
  if (current.version !== patch.version) throw conflict(current);

  const data: Record<string, unknown> = {};
  const changes: string[] = [];
  let kind = current.kind;
  const fields = RECORD_KEYS.filter((k) => patch[k] !== undefined);
  const text = fields.length ? mergedRecordText(current, patch, fields) : patch.raw;
  if (text !== undefined) {
    const row = rowFromLine(current.sourceLine ?? 0, text);
    if (!row) throw new AppError("bad_request", "raw is empty: paste the JSON object of the line");
    kind = row.kind;
    Object.assign(data, {
      kind: row.kind, body: row.body, errors: row.errors, unknownKeys: row.unknownKeys,
      preview: row.preview, turns: row.turns, contentHash: row.contentHash, tokens: null,
      duplicateOfId: row.contentHash ? await firstWithHash(current.datasetId, row.contentHash, id) : null,
    });
    if (fields.length) changes.push(`edited ${fields.join(", ")}`);
    else changes.push(current.kind === "invalid" && row.kind !== "invalid" ? "fixed the line" : "edited the JSON");
  }
  if (patch.status !== undefined && patch.status !== current.status) {
    if (kind === "invalid" && patch.status === "approved") {
      throw new AppError("bad_request", "This line does not pass the format check yet; fix its errors before approving it.");
    }
    data.status = patch.status;
    changes.push(`status: ${STATUS_LABELS[current.status as Status] ?? current.status} → ${STATUS_LABELS[patch.status]}`);
  }
  if (patch.note !== undefined && patch.note !== current.note) {
    data.note = patch.note;
    changes.push("note");
  }
  const labels = patch.labels && labelDiff(current.labels.map((l) => l.label.name), patch.labels);
  if (labels && labels.summary) changes.push(`labels: ${labels.summary}`);
  if (changes.length === 0) return toConversationRecord(current);

  const now = new Date();
  const updated = await db().$transaction(async (tx) => {
    await ensureFirstRevision(tx, current, actor.id);
    const { count } = await tx.conversation.updateMany({
      where: { id, version: patch.version },
      data: { ...data, version: { increment: 1 }, updatedAt: now },
    });
    if (count === 0) return null;
    if (labels?.summary) await setConversationLabels(tx, id, current.datasetId, patch.labels!);
    // The row as now stored, built from what was written rather than read back: one
    // query less on every save.
    const after = {
      ...current,
      ...(data as Partial<typeof current>),
      version: current.version + 1,
      updatedAt: now,
      labels: labels?.summary ? [...new Set(patch.labels!)].map((name) => ({ label: { name, color: "" } })) : current.labels,
    };
    await writeRevision(tx, after, opts.summary ?? changes.join("; "), actor.id);
    return after;
  });
  if (!updated) throw conflict(await getStoredConversation(id));
  if (patch.raw !== undefined) wakeBackgroundWork();
  return toConversationRecord(updated);
}

/** The record with the patch's fields replaced (null removes a key); unknown keys are kept. */
function mergedRecordText(current: { kind: string; body: string }, patch: ConversationPatch, fields: readonly string[]): string {
  let base: Record<string, unknown>;
  try {
    base = JSON.parse(current.body);
  } catch {
    throw new AppError("bad_request", "This line is not JSON yet, so its fields cannot be edited one by one; fix it with raw first.");
  }
  if (typeof base !== "object" || base === null || Array.isArray(base)) {
    throw new AppError("bad_request", "This line is not a JSON object yet; fix it with raw first.");
  }
  const record = { ...base };
  for (const k of fields) {
    const value = (patch as Record<string, unknown>)[k];
    if (value === null) delete record[k];
    else record[k] = value;
  }
  return JSON.stringify(record);
}

function conflict(current: Parameters<typeof toConversationRecord>[0]) {
  return new AppError(
    "conflict",
    `Someone saved this conversation after you opened it (it is now at version ${current.version}). Reload to see their change, then apply yours again.`,
    { current: toConversationRecord(current) },
  );
}

async function firstWithHash(datasetId: string, contentHash: string, self: number): Promise<number | null> {
  const first = await db().conversation.findFirst({
    where: { datasetId, contentHash, deletedAt: null, id: { not: self } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return first && first.id < self ? first.id : null;
}
