import { RECORD_KEYS, type ConversationRecord } from "../../validation/conversation-record";

// Turns a stored row into the public record shape (lib/validation/conversation-record.ts).

export type StoredConversation = {
  id: number;
  datasetId: string;
  importId: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
  fromEvaluationId: string | null;
  kind: string;
  body: string;
  errors: string | null;
  unknownKeys: string | null;
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
    return { ...base, raw: c.body, errors: c.errors ? JSON.parse(c.errors) : [] };
  }
  const record = JSON.parse(c.body) as Record<string, unknown>;
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if ((RECORD_KEYS as readonly string[]).includes(k)) (base as Record<string, unknown>)[k] = v;
    else extra[k] = v;
  }
  return Object.keys(extra).length ? { ...base, extra } : base;
}
