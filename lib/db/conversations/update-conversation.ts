import { sqlite } from "../client";
import { sqliteTimestamp } from "../imports/conversation-writer";
import { AppError } from "../../errors";
import { rowFromLine } from "../../imports/row-from-line";
import { findDeepNesting, MAX_JSON_DEPTH } from "../../formats/json-depth";
import type { ConversationPatch } from "../../validation/conversation-patch";
import { STATUS_LABELS, type Status } from "../../validation/statuses";
import { wake } from "../../jobs/signal";
import { getStoredConversation } from "./get-conversation";
import { toConversationRecord } from "./conversation-record";
import { ensureFirstRevisions, writeRevisions } from "./revisions";
import { labelDiff, setConversationLabels } from "../labels/set-conversation-labels";
import { RECORD_KEYS } from "../../validation/conversation-record";
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { conversationEvents, type ConversationChange } from "../../audit/conversation-events";
import { restoreShortened } from "./long-text";
import type { DatasetScope } from "../scope";
import { changedFields } from "../../editing/changed-fields";

// The one write path for a conversation: checks the version the client edited,
// applies the change, bumps the version and records a revision, all in one
// transaction. A stale version is refused with 409 and the current record.

type UpdateOptions = {
  summary?: string;
  /** A restored version's status and keeper: "duplicate" is a status no user input may set. */
  state?: { status: Status; keeperId: number | null };
  /** The version a restore puts back: the audit log records one restore, not its parts. */
  restoredFrom?: number;
};

/** `patch` is parsed by the caller (ConversationPatchSchema, or an editor's schema with the same checks). */
export async function updateConversation(scope: DatasetScope, id: number, patch: ConversationPatch, actor: Actor, opts: UpdateOptions = {}) {
  const status: Status | undefined = opts.state?.status ?? patch.status;
  const current = await getStoredConversation(scope, id);
  if (current.version !== patch.version) throw conflict(current);

  const data: Record<string, unknown> = {};
  const changes: string[] = [];
  const audit: ConversationChange = { restoredFrom: opts.restoredFrom };
  let kind = current.kind;
  const sent = RECORD_KEYS.filter((k) => patch[k] !== undefined);
  // Pages send long texts shortened; an edit sends them back that way, and the stored text takes their place.
  for (const k of sent) (patch as Record<string, unknown>)[k] = restoreShortened(scope, patch[k], id);
  const base = sent.length ? recordObject(current.body) : null;
  // Only the fields whose value differs are written and named in the history.
  const fields = base ? changedFields(base, patch, sent) : [];
  const text = base && fields.length ? mergedRecordText(base, patch, fields) : patch.raw;
  if (text !== undefined) {
    const row = rowFromLine(current.sourceLine ?? 0, text);
    if (!row) throw new AppError("bad_request", "raw is empty: paste the JSON object of the line");
    kind = row.kind;
    Object.assign(data, {
      kind: row.kind,
      body: row.body,
      errors: row.errors,
      unknownKeys: row.unknownKeys,
      preview: row.preview,
      turns: row.turns,
      contentHash: row.contentHash,
      tokens: null,
      duplicateOfId: row.contentHash ? firstWithHash(current.datasetId, row.contentHash, id) : null,
      // Saved text replaces the bytes of a line that was not UTF-8, even when it reads the same.
      rawBytes: null,
    });
    const fixed = !fields.length && current.kind === "invalid" && row.kind !== "invalid";
    if (fields.length) changes.push(`edited ${fields.join(", ")}`);
    else changes.push(fixed ? "fixed the line" : "edited the JSON");
    audit.text = { fields: [...fields], fixed };
  }
  if (status !== undefined && status !== current.status) {
    if (kind === "invalid" && status === "approved") {
      throw new AppError("bad_request", "This line does not pass the format check yet; fix its errors before approving it.");
    }
    data.status = status;
    // A record stops being a duplicate when anyone decides on it again.
    data.keeperId = status === "duplicate" ? (opts.state?.keeperId ?? current.keeperId) : null;
    changes.push(`status: ${STATUS_LABELS[current.status as Status] ?? current.status} → ${STATUS_LABELS[status]}`);
    audit.status = { from: current.status, to: status };
  }
  if (patch.note !== undefined && patch.note !== current.note) {
    data.note = patch.note;
    changes.push("note");
    audit.note = patch.note;
  }
  const labels =
    patch.labels &&
    labelDiff(
      current.labels.map((l) => l.label.name),
      patch.labels,
    );
  if (labels?.summary) {
    changes.push(`labels: ${labels.summary}`);
    audit.labels = labels;
  }
  if (changes.length === 0) return toConversationRecord(current);

  const now = new Date();
  const stamp = sqliteTimestamp(now);
  const summary = opts.summary ?? changes.join("; ");
  // The answer is built from what is about to be written, before writing it: once the
  // transaction commits nothing may throw, or the client sees a failure for a saved change.
  const answer = toConversationRecord({
    ...current,
    ...(data as Partial<typeof current>),
    version: current.version + 1,
    updatedAt: now,
    labels: labels?.summary ? [...new Set(patch.labels!)].map((name) => ({ label: { name, color: "" } })) : current.labels,
  });
  // One immediate transaction on the raw handle: a save is on every annotator's path,
  // and Prisma's per-call query building cost more than the write itself.
  const written = sqlite()
    .transaction(() => {
      const self = `(SELECT ${id} AS id)`;
      ensureFirstRevisions(sqlite(), self, actor.id);
      const columns = Object.keys(data);
      const set = [...columns.map((c) => `${c} = ?`), "version = version + 1", "updatedAt = ?"].join(", ");
      const { changes: n } = sqlite()
        .prepare(`UPDATE Conversation SET ${set} WHERE id = ? AND datasetId = ? AND version = ?`)
        .run(...columns.map((c) => data[c] as unknown), stamp, id, scope.datasetId, patch.version);
      if (n === 0) return false;
      if (labels?.summary) setConversationLabels(sqlite(), id, current.datasetId, patch.labels!, stamp);
      writeRevisions(sqlite(), self, { summary, actorId: actor.id, now: stamp, bulkOperationId: null });
      for (const e of conversationEvents(actor, { id, datasetId: current.datasetId, version: current.version + 1 }, audit)) recordAudit(e);
      return true;
    })
    .immediate();
  if (!written) throw conflict(await getStoredConversation(scope, id));
  // A new text needs its tokens counted again (the search index follows through its trigger).
  if (text !== undefined) wake("background");
  return answer;
}

/** The stored line as a JSON object, or why its fields cannot be edited one by one. */
function recordObject(body: string): Record<string, unknown> {
  // A line stored before nesting was bounded would overflow the stack when written back.
  if (findDeepNesting(body)) {
    throw new AppError(
      "bad_request",
      `This line nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays, so its fields cannot be edited one by one; fix it with raw first.`,
    );
  }
  let base: Record<string, unknown>;
  try {
    base = JSON.parse(body);
  } catch {
    throw new AppError("bad_request", "This line is not JSON yet, so its fields cannot be edited one by one; fix it with raw first.");
  }
  if (typeof base !== "object" || base === null || Array.isArray(base)) {
    throw new AppError("bad_request", "This line is not a JSON object yet; fix it with raw first.");
  }
  return base;
}

/** The record with the patch's fields replaced (null removes a key); unknown keys are kept. */
function mergedRecordText(base: Record<string, unknown>, patch: ConversationPatch, fields: readonly string[]): string {
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

/** The earliest other live record with the same content hash, if it came before this one. */
function firstWithHash(datasetId: string, contentHash: string, self: number): number | null {
  const first = sqlite()
    .prepare(`SELECT min(id) FROM Conversation WHERE datasetId = ? AND contentHash = ? AND deletedAt IS NULL AND id != ?`)
    .pluck()
    .get(datasetId, contentHash, self) as number | null;
  return first !== null && first < self ? first : null;
}
