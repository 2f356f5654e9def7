import { RECORD_KEYS, type ConversationRecord } from "../../validation/conversation-record";

// Turns a stored row into the public record shape (lib/validation/conversation-record.ts).

export type StoredConversation = {
  id: number;
  datasetId: string;
  importId: string | null;
  /** The import's file name and start, when the record came from one (read with the row). */
  importFileName?: string | null;
  importStartedAt?: Date | null;
  sourceFile: string | null;
  sourceLine: number | null;
  fromEvaluationId: string | null;
  kind: string;
  body: string;
  errors: string | null;
  unknownKeys: string | null;
  /** An invalid line that is not UTF-8: its bytes as imported. */
  rawBytes?: Uint8Array | null;
  status: string;
  note: string;
  tokens: number | null;
  turns: number;
  duplicateOfId: number | null;
  keeperId: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  labels: { label: { name: string; color: string } }[];
};

export function toConversationRecord(c: StoredConversation): ConversationRecord {
  const base: ConversationRecord = {
    id: String(c.id),
    datasetId: c.datasetId,
    version: c.version,
    kind: c.kind,
    status: c.status,
    labels: c.labels.map((l) => l.label.name),
    note: c.note,
    source_file: c.sourceFile,
    source_line: c.sourceLine,
    import_id: c.importId,
    import: c.importId && c.importFileName ? { id: c.importId, file_name: c.importFileName, started_at: c.importStartedAt?.toISOString() ?? null } : null,
    from_evaluation: c.fromEvaluationId,
    tokens: c.tokens,
    turns: c.turns,
    duplicate_of: c.duplicateOfId === null ? null : String(c.duplicateOfId),
    keeper_id: c.keeperId === null ? null : String(c.keeperId),
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    unknown_keys: c.unknownKeys ? (JSON.parse(c.unknownKeys) as string[]) : [],
  };
  if (c.kind === "invalid") {
    const bytes = c.rawBytes ? { raw_base64: Buffer.from(c.rawBytes).toString("base64") } : {};
    return { ...base, raw: c.body, ...bytes, errors: c.errors ? JSON.parse(c.errors) : [] };
  }
  const record = JSON.parse(c.body) as Record<string, unknown>;
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if ((RECORD_KEYS as readonly string[]).includes(k)) (base as Record<string, unknown>)[k] = v;
    else extra[k] = v;
  }
  return Object.keys(extra).length ? { ...base, extra } : base;
}
