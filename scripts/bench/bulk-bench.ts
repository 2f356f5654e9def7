import { sqlite } from "../../lib/db/client";
import { commandLineActor } from "../../lib/db/actor";
import { applyBulkAction } from "../../lib/db/bulk/apply-bulk-action";
import { undoBulkOperation } from "../../lib/db/bulk/undo-bulk-operation";
import { costRatio, type Figure } from "./results";
import { seconds } from "./stats";
import { BulkRequestSchema } from "../../lib/validation/bulk";
import { commandLineScope } from "../../lib/cli/command-line-scope";

// Bulk changes over 10,000 records of the imported dataset, through applyBulkAction as
// the API calls it: one transaction with one revision per record. The first label
// change also records each record's as-imported revision, the usual case on fresh data.
// Baseline: the bare INSERT…SELECT of the same label links, without any history.

export const BULK_TARGET_SECONDS = 2;
const RECORDS = 10_000;

type Timed = { name: string; seconds: number; count: number };

export async function benchBulk(datasetId: string, label: string): Promise<Figure[]> {
  const db = sqlite();
  const ids = db
    .prepare(`SELECT id FROM Conversation WHERE datasetId = ? AND kind != 'invalid' ORDER BY id LIMIT ?`)
    .pluck()
    .all(datasetId, RECORDS) as number[];
  const actor = await commandLineActor();
  const selection = { ids };
  const timed: Timed[] = [];
  const run = async (name: string, action: object) => {
    const started = performance.now();
    const out = await applyBulkAction(commandLineScope(datasetId), BulkRequestSchema.parse({ selection, action }), actor);
    if (!("operation" in out)) throw new Error("bulk bench: expected an operation");
    timed.push({ name, seconds: seconds(started), count: out.operation.count });
    return out.operation.id;
  };

  await run("add label", { type: "add_labels", labels: ["bench-bulk"] });
  await run("remove label", { type: "remove_labels", labels: ["bench-bulk"] });
  await run("set status", { type: "set_status", status: "needs_changes" });
  const prompt = await run("replace system prompt", { type: "replace_system_prompt", text: "You are a concise support assistant." });
  let started = performance.now();
  const undo = await undoBulkOperation(commandLineScope(datasetId), prompt, actor);
  timed.push({ name: "undo the system prompt", seconds: seconds(started), count: undo.undone });

  db.prepare(`INSERT OR IGNORE INTO Label (id, datasetId, name, color, createdAt) VALUES ('bench-bare', ?, 'bench-bare', '#000', '2026-01-01')`).run(datasetId);
  started = performance.now();
  db.transaction(() =>
    db
      .prepare(`INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt) SELECT value, 'bench-bare', '2026-01-01' FROM json_each(?)`)
      .run(JSON.stringify(ids)),
  )();
  const bare = seconds(started);

  return timed.map((t, i): Figure => ({
    figure: `bulk ${t.name} @${label} (${t.count.toLocaleString("en-US")} records)`,
    value: t.seconds,
    unit: "s",
    baseline: i === 0 ? bare : null,
    baselineLabel: "bare INSERT…SELECT of the links",
    ratio: i === 0 ? costRatio(t.seconds, bare) : null,
    target: i === 0 ? `≤ ${BULK_TARGET_SECONDS} s` : null,
    pass: i === 0 ? t.seconds <= BULK_TARGET_SECONDS && t.count === ids.length : null,
    detail: { records: t.count },
  }));
}
