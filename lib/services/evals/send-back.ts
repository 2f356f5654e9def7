import { sqlite } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { recordAudit } from "../../db/audit/record-audit";
import { sqliteTimestamp } from "../../db/imports/conversation-writer";
import { reindexRows } from "../../db/search/search-index";
import { wake } from "../../jobs/signal";
import { rowFromLine } from "../../imports/row-from-line";
import { answerText } from "../../evals/extract-example";
import { sendBackRecord } from "../../evals/send-back-record";
import type { Answer, EvalPrompt } from "../../evals/eval-types";

// "Send back for review": a losing example becomes a record of the training dataset,
// status needs_changes, linked to its evaluation, so annotators fix it and the next
// fine-tune learns from it. Sending the same example twice finds the first record.

export type SentBack = { conversationId: number; datasetId: string; created: boolean };

const NOTE_ANSWER_CHARS = 1_500;

export function sendBackExample(actor: Actor, evaluationId: string, exampleId: number): SentBack {
  const db = sqlite();
  const result = db.transaction((): SentBack => {
    const ex = db
      .prepare(
        `SELECT e.id, e.position, e.prompt, e.reference, e.labels, e.sentBackId, e.conversationId, v.datasetId, v.name, v.modelA, v.modelB,
                (SELECT kind FROM Snapshot s WHERE s.id = v.snapshotId) AS snapshotKind
         FROM EvalExample e JOIN Evaluation v ON v.id = e.evaluationId WHERE e.id = ? AND e.evaluationId = ?`,
      )
      .get(exampleId, evaluationId) as
      | {
          id: number;
          position: number;
          prompt: string;
          reference: string;
          labels: string;
          sentBackId: number | null;
          conversationId: number;
          datasetId: string;
          name: string;
          modelA: string;
          modelB: string;
          snapshotKind: string | null;
        }
      | undefined;
    if (!ex) throw new AppError("not_found", `Evaluation ${evaluationId} has no example ${exampleId}.`);
    if (ex.sentBackId !== null) {
      const still = db.prepare(`SELECT id FROM Conversation WHERE id = ? AND deletedAt IS NULL`).get(ex.sentBackId);
      if (still) return { conversationId: ex.sentBackId, datasetId: ex.datasetId, created: false };
    }
    const answers = db.prepare(`SELECT kind, output FROM EvalCall WHERE exampleId = ? AND kind IN ('a', 'b') AND status = 'done'`).all(ex.id) as {
      kind: string;
      output: string;
    }[];
    const of = (kind: string) => {
      const row = answers.find((r) => r.kind === kind);
      return row ? (JSON.parse(row.output) as Answer) : null;
    };
    const losing = of("b");
    if (!losing)
      throw new AppError("conflict", `Model B has no answer to example ${ex.position} yet: there is nothing to correct. Wait for the run, or resume it.`);
    const reference = JSON.parse(ex.reference) as Answer;
    const kind = ex.snapshotKind === "preference" ? "preference" : "chat";
    const line = JSON.stringify(sendBackRecord(kind, JSON.parse(ex.prompt) as EvalPrompt, reference, losing));
    const row = rowFromLine(ex.position, line);
    if (!row || row.kind === "invalid") {
      throw new AppError(
        "unprocessable",
        `Example ${ex.position} does not make a valid training record: ${row?.errors ?? "empty"}. Open the source record #${ex.conversationId} and fix it there.`,
      );
    }
    const winner = of("a");
    const note = [
      `Lost in evaluation “${ex.name}” (example ${ex.position}, from record #${ex.conversationId}): ${ex.modelB} answered worse than ${ex.modelA}.`,
      kind === "chat"
        ? "The last turn is that losing answer: rewrite it into what the model should have said."
        : "The preferred answer is the reference; the other is the losing answer.",
      `Reference answer: ${clip(answerText(reference) || describeCalls(reference))}`,
      winner ? `${ex.modelA} answered: ${clip(answerText(winner) || describeCalls(winner))}` : "",
    ]
      .filter(Boolean)
      .join("\n\n");
    const now = sqliteTimestamp();
    const duplicateOf = row.contentHash
      ? (
          db
            .prepare(`SELECT min(id) AS id FROM Conversation WHERE datasetId = ? AND deletedAt IS NULL AND contentHash = ?`)
            .get(ex.datasetId, row.contentHash) as { id: number | null }
        ).id
      : null;
    const info = db
      .prepare(
        `INSERT INTO Conversation (datasetId, sourceFile, sourceLine, kind, body, unknownKeys, preview, turns, contentHash, duplicateOfId,
           status, note, version, createdAt, updatedAt, fromEvaluationId)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'needs_changes', ?, 1, ?, ?, ?)`,
      )
      .run(
        ex.datasetId,
        `evaluation: ${ex.name}`,
        ex.position,
        row.kind,
        row.body,
        row.unknownKeys,
        row.preview,
        row.turns,
        row.contentHash,
        duplicateOf,
        note,
        now,
        now,
        evaluationId,
      );
    const conversationId = Number(info.lastInsertRowid);
    const labels = ex.labels.split(",").filter(Boolean);
    if (labels.length) {
      db.prepare(
        `INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt)
         SELECT ?, id, ? FROM Label WHERE datasetId = ? AND name IN (SELECT value FROM json_each(?))`,
      ).run(conversationId, now, ex.datasetId, JSON.stringify(labels));
    }
    db.prepare(`UPDATE EvalExample SET sentBackId = ? WHERE id = ?`).run(conversationId, ex.id);
    reindexRows(db, `c.id = ?`, conversationId);
    recordAudit({
      actor,
      action: "eval.sent_back",
      datasetId: ex.datasetId,
      targetType: "conversation",
      targetId: conversationId,
      summary: `Sent example ${ex.position} of evaluation “${ex.name}” back for review as record #${conversationId}.`,
      detail: { evaluationId, exampleId: ex.id, sourceConversationId: ex.conversationId },
    });
    return { conversationId, datasetId: ex.datasetId, created: true };
  })();
  // Tokens, pre-flight checks and the duplicate check of the new record run in the background.
  if (result.created) wake("background");
  return result;
}

const clip = (s: string) => (s.length > NOTE_ANSWER_CHARS ? `${s.slice(0, NOTE_ANSWER_CHARS)}…` : s);
const describeCalls = (a: Answer) => a.toolCalls.map((c) => `${c.name}(${c.arguments})`).join(", ") || "(empty)";
