import { readFileSync } from "node:fs";
import { db, sqlite } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { allowedIn } from "../auth/allowed-in";
import { AppError, notFound } from "../../errors";
import { getSnapshot } from "../../db/snapshots/get-snapshot";
import { verifySnapshotFile } from "../snapshots/snapshot-file";
import { exportWhere } from "../../db/conversations/export-conversations";
import type { EvalSource } from "../../validation/eval-request";
import type { DatasetScope } from "../../db/scope";

// The records an evaluation asks the models about, read from where the lead pointed:
// a snapshot's validation split exactly as written (after any baked system prompt, so
// the fine-tune is asked what it was trained to answer), or a dataset kept for
// evaluation, through the same filter the table and the export use. Membership of its
// dataset is checked before anything about it is read, so someone outside it learns
// neither its name nor its size, only the 404 a record that does not exist gets.

/** More than this many examples makes a report slow to read and a run expensive: evaluate a filter or a smaller split. */
export const MAX_EVAL_EXAMPLES = 10_000;

export type EvalSetItem = { conversationId: number; version: number; line: string; labels: string[] };

export type EvalSet = {
  /** The dataset the records belong to (the snapshot's, or the evaluation dataset). */
  datasetId: string;
  datasetName: string;
  snapshotId: string | null;
  /** What the evaluation stores as its source, for the report's heading. */
  description: Record<string, unknown>;
  items: EvalSetItem[];
};

export async function readEvalSet(actor: Actor, source: EvalSource): Promise<EvalSet> {
  const scope = await scopeOfSource(actor, source);
  const set = source.kind === "snapshot" ? await fromSnapshot(scope, source.snapshotId) : await fromDataset(scope, source.filter);
  if (set.items.length === 0) {
    throw new AppError(
      "bad_request",
      source.kind === "snapshot"
        ? "The snapshot's validation split is empty."
        : "No records match: check the status and filter, or approve some records first.",
    );
  }
  if (set.items.length > MAX_EVAL_EXAMPLES) {
    throw new AppError(
      "bad_request",
      `The eval set has ${set.items.length.toLocaleString("en-US")} examples; an evaluation takes at most ${MAX_EVAL_EXAMPLES.toLocaleString("en-US")}. Narrow it with a filter, or snapshot with a smaller validation fraction.`,
    );
  }
  return set;
}

async function scopeOfSource(actor: Actor, source: EvalSource): Promise<DatasetScope> {
  if (source.kind === "dataset") return allowedIn(actor, "datasets.read", source.datasetId);
  const row = await db().snapshot.findUnique({ where: { id: source.snapshotId }, select: { datasetId: true } });
  if (!row) throw notFound("This snapshot");
  return allowedIn(actor, "datasets.read", row.datasetId, "This snapshot");
}

async function fromSnapshot(scope: DatasetScope, snapshotId: string): Promise<EvalSet> {
  const s = await getSnapshot(scope, snapshotId);
  if (!s.files.validation) {
    throw new AppError(
      "bad_request",
      `Snapshot #${s.number} of ${s.datasetName} has no validation split, and evaluating on training examples says nothing about new ones. Create a snapshot with a validation fraction, or evaluate a dataset marked for evaluation.`,
    );
  }
  const file = await verifySnapshotFile(s, "validation");
  const lines = readFileSync(file.path, "utf8")
    .split("\n")
    .filter((l) => l.length > 0);
  const members = await db().snapshotRecord.findMany({
    where: { snapshotId, split: "validation" },
    orderBy: { line: "asc" },
    select: { conversationId: true, version: true, line: true },
  });
  const labels = labelsOf(members.map((m) => m.conversationId));
  const items = members.map((m) => {
    const line = lines[m.line - 1];
    if (line === undefined)
      throw new AppError("conflict", `Line ${m.line} of ${file.name} in snapshot #${s.number} is missing: restore the snapshot's folder from a backup.`);
    return { conversationId: m.conversationId, version: m.version, line, labels: labels.get(m.conversationId) ?? [] };
  });
  return {
    datasetId: s.datasetId,
    datasetName: s.datasetName,
    snapshotId: s.id,
    description: { kind: "snapshot", snapshotId: s.id, number: s.number, datasetId: s.datasetId, datasetName: s.datasetName, split: "validation" },
    items,
  };
}

async function fromDataset(scope: DatasetScope, filter: Extract<EvalSource, { kind: "dataset" }>["filter"]): Promise<EvalSet> {
  const { datasetId } = scope;
  const dataset = await db().dataset.findFirst({ where: { id: datasetId, deletedAt: null }, select: { id: true, name: true, forEvaluation: true } });
  if (!dataset) throw new AppError("not_found", `No dataset ${datasetId}.`);
  if (!dataset.forEvaluation) {
    throw new AppError(
      "bad_request",
      `${dataset.name} is not marked for evaluation. Evaluate a snapshot's validation split, or mark a held-out dataset "for evaluation" in its settings, so examples a model trained on are never used to judge it.`,
    );
  }
  const where = exportWhere(scope, filter);
  const rows = sqlite()
    .prepare(`SELECT c.id, c.version, c.body FROM Conversation c WHERE ${where.sql} AND c.kind != 'invalid' ORDER BY c.id LIMIT ?`)
    .all(...where.params, MAX_EVAL_EXAMPLES + 1) as { id: number; version: number; body: string }[];
  const labels = labelsOf(rows.map((r) => r.id));
  const { allowErrors: _a, ...asked } = filter as typeof filter & { allowErrors?: unknown };
  return {
    datasetId: dataset.id,
    datasetName: dataset.name,
    snapshotId: null,
    description: { kind: "dataset", datasetId: dataset.id, datasetName: dataset.name, filter: asked },
    items: rows.map((r) => ({ conversationId: r.id, version: r.version, line: r.body, labels: labels.get(r.id) ?? [] })),
  };
}

function labelsOf(ids: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const statement = sqlite().prepare(
    `SELECT cl.conversationId AS id, l.name FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId
     WHERE cl.conversationId IN (SELECT value FROM json_each(?)) ORDER BY l.name`,
  );
  for (let i = 0; i < ids.length; i += 5000) {
    for (const row of statement.all(JSON.stringify(ids.slice(i, i + 5000))) as { id: number; name: string }[]) {
      const list = out.get(row.id);
      if (list) list.push(row.name);
      else out.set(row.id, [row.name]);
    }
  }
  return out;
}
