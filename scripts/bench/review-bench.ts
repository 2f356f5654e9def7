import { sqlite } from "../../lib/db/client";
import { commandLineActor } from "../../lib/db/actor";
import { updateConversation } from "../../lib/db/conversations/update-conversation";
import { getReviewStep } from "../../lib/db/review/get-review-step";
import { ReviewQuerySchema } from "../../lib/validation/review-query";
import { costRatio, type Figure } from "./results";
import { summarise } from "./stats";
import { ConversationPatchSchema } from "../../lib/validation/conversation-patch";
import { commandLineScope } from "../../lib/cli/command-line-scope";

// Review mode's two server paths an annotator waits on: opening the next conversation
// (the record, its neighbours under the filter, the prefetched next one, progress) and
// saving an edit (version check, the write, a revision). Each step is timed beside a
// bare baseline run right after it on the same record: the same rows read, or the same
// row written with its revision, as plain SQL.

const STEPS = 200;
const WARMUP = 20;
export const NEXT_TARGET_MS = 20;
export const SAVE_TARGET_MS = 15;

export async function benchReviewNext(datasetId: string, label: string): Promise<Figure> {
  const db = sqlite();
  const bareRecord = db.prepare(`SELECT * FROM Conversation WHERE id = ?`);
  const bareNext = db.prepare(
    `SELECT id FROM Conversation WHERE datasetId = ? AND deletedAt IS NULL AND status = 'pending' AND id < ? ORDER BY id DESC LIMIT 1`,
  );
  const app: number[] = [];
  const bare: number[] = [];
  let at: number | undefined;
  for (let i = 0; i < WARMUP + STEPS; i++) {
    let start = performance.now();
    const step = await getReviewStep(commandLineScope(datasetId), ReviewQuerySchema.parse({ status: "pending", at }));
    const ms = performance.now() - start;
    if (!step.current || step.nextId === null) throw new Error("review walk ran out of pending records");
    start = performance.now();
    bareRecord.get(Number(step.current.id));
    const next = bareNext.pluck().get(datasetId, Number(step.current.id)) as number;
    bareRecord.get(next);
    const bareMs = performance.now() - start;
    if (next !== step.nextId) throw new Error(`review mode's next record is #${step.nextId}, the bare query's #${next}`);
    if (i >= WARMUP) {
      app.push(ms);
      bare.push(bareMs);
    }
    at = step.nextId;
  }
  return p95Figure(`review mode: open the next conversation @${label} (status=pending)`, app, bare, {
    what: "records",
    baselineLabel: "bare reads of the record and the next one, p95",
    targetMs: NEXT_TARGET_MS,
  });
}

export async function benchSaveEdit(datasetId: string, label: string): Promise<Figure> {
  const db = sqlite();
  const actor = await commandLineActor();
  const ids = db
    .prepare(`SELECT id FROM Conversation WHERE datasetId = ? AND kind = 'chat' ORDER BY id LIMIT ?`)
    .pluck()
    .all(datasetId, WARMUP + STEPS) as number[];
  const read = db.prepare(`SELECT body, version FROM Conversation WHERE id = ?`);
  const bareWrite = db.transaction((id: number, body: string, version: number) => {
    db.prepare(`UPDATE Conversation SET body = ?, version = version + 1, updatedAt = ? WHERE id = ? AND version = ?`).run(
      body,
      new Date().toISOString(),
      id,
      version,
    );
    db.prepare(
      `INSERT INTO Revision (conversationId, version, kind, body, status, summary, actorId, createdAt) VALUES (?, ?, 'chat', ?, 'pending', 'bench', ?, ?)`,
    ).run(id, version + 1000000, body, actor.id, new Date().toISOString());
  });
  const app: number[] = [];
  const bare: number[] = [];
  for (const [i, id] of ids.entries()) {
    const row = read.get(id) as { body: string; version: number };
    const record = JSON.parse(row.body) as { messages: { role: string; content: unknown }[] };
    const messages = record.messages.map((m, j) => (j === record.messages.length - 1 ? { ...m, content: `${String(m.content)} (edited)` } : m));
    let start = performance.now();
    const saved = await updateConversation(commandLineScope(datasetId), id, ConversationPatchSchema.parse({ version: row.version, messages }), actor);
    const ms = performance.now() - start;
    start = performance.now();
    bareWrite(id, JSON.stringify({ ...record, messages }), saved.version);
    const bareMs = performance.now() - start;
    if (i >= WARMUP) {
      app.push(ms);
      bare.push(bareMs);
    }
  }
  return p95Figure(`review mode: save an edited turn @${label}`, app, bare, {
    what: "saves",
    baselineLabel: "bare UPDATE + revision INSERT, p95",
    targetMs: SAVE_TARGET_MS,
  });
}

/** A latency figure judged by its p95, beside the bare baseline's p95 from the same steps. */
function p95Figure(figure: string, app: number[], bare: number[], o: { what: string; baselineLabel: string; targetMs: number }): Figure {
  const a = summarise(app);
  const b = summarise(bare);
  return {
    figure,
    value: a.p95Ms,
    unit: "ms",
    shown: `p95 ${a.p95Ms.toFixed(2)} ms (median ${a.medianMs.toFixed(2)}) over ${a.runs} ${o.what}`,
    baseline: b.p95Ms,
    baselineLabel: o.baselineLabel,
    ratio: costRatio(a.p95Ms, b.p95Ms),
    target: `p95 ≤ ${o.targetMs} ms`,
    pass: a.p95Ms <= o.targetMs,
    detail: { medianMs: a.medianMs, runs: a.runs, bareMedianMs: b.medianMs },
  };
}
