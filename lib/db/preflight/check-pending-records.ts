import type Database from "better-sqlite3";
import { sqlite } from "../client";
import type { Where } from "../conversations/conversation-where";
import { resolveModel, DEFAULT_TARGET_MODEL } from "../../models/fine-tunable-models";
import { analyseRecord } from "../../preflight/analyse-record";
import { loadLanguageDetector } from "../../quality/language";
import { sqliteTimestamp } from "../imports/conversation-writer";
import type { DatasetScope } from "../scope";

// Checks records that have not been checked yet (new imports, edited records, or
// every record of a dataset whose target model changed), a batch at a time, after
// the import has finished so checking never slows an import down. A check stores the
// token counts, the pre-flight findings under the dataset's target model and the
// quality signals. Editing a record's text clears checkedAt (a trigger does it), so
// the next pass picks it up again.

const BATCH = 500;
// Where each dataset's pass stands, so a record that changes again while its batch
// is checked is not read in a tight loop.
const cursors = new Map<string, number>();

type Row = { id: number; body: string; kind: string; version: number };

/** Checks one batch in the first dataset with pending records; returns false when none is left. */
export function checkNextBatch(): boolean {
  const db = sqlite();
  const datasets = db.prepare(`SELECT id, targetModel FROM Dataset ORDER BY createdAt`).all() as { id: string; targetModel: string }[];
  for (const ds of datasets) {
    const after = cursors.get(ds.id) ?? 0;
    const rows = db
      .prepare(
        `SELECT id, body, kind, version FROM Conversation
         WHERE datasetId = ? AND checkedAt IS NULL AND id > ? ORDER BY id LIMIT ${BATCH}`,
      )
      .all(ds.id, after) as Row[];
    if (rows.length === 0) continue;
    checkRows(db, ds.targetModel, rows);
    cursors.set(ds.id, rows[rows.length - 1].id);
    return true;
  }
  return false;
}

/**
 * Checks, now, the records of a selection that are still pending: an export must not
 * wait for the background pass, nor go out with findings it has not seen.
 */
export async function checkPendingNow({ datasetId }: DatasetScope, where: Where): Promise<number> {
  await loadLanguageDetector();
  const db = sqlite();
  const targetModel = db.prepare(`SELECT targetModel FROM Dataset WHERE id = ?`).pluck().get(datasetId) as string;
  const select = db.prepare(
    `SELECT c.id, c.body, c.kind, c.version FROM Conversation c
     WHERE c.datasetId = ? AND ${where.sql} AND c.checkedAt IS NULL AND c.id > ? ORDER BY c.id LIMIT ${BATCH}`,
  );
  let checked = 0;
  for (let after = 0; ;) {
    const rows = select.all(datasetId, ...where.params, after) as Row[];
    if (!rows.length) return checked;
    checkRows(db, targetModel, rows);
    checked += rows.length;
    after = rows[rows.length - 1].id;
  }
}

function checkRows(db: Database.Database, targetModel: string, rows: Row[]) {
  const model = resolveModel(targetModel) ?? resolveModel(DEFAULT_TARGET_MODEL)!;
  const update = db.prepare(
    `UPDATE Conversation SET tokens = ?, assistantTokens = ?, findings = ?, findingCodes = ?, errorCount = ?,
       pii = ?, language = ?, signals = ?, systemHash = ?, checkedAt = ?
     WHERE id = ? AND version = ? AND checkedAt IS NULL`,
  );
  const now = sqliteTimestamp(new Date());
  const results = rows.map((r) => {
    const a = analyseRecord(r.body, model);
    // An invalid line has no count in the table; what can be read of it is not a training example.
    const counted = r.kind !== "invalid";
    return [
      counted ? a.tokens : null,
      counted ? a.assistantTokens : null,
      JSON.stringify(a.findings),
      a.findingCodes,
      a.errorCount,
      a.pii,
      a.language,
      a.signals,
      a.systemHash,
      now,
      r.id,
      r.version,
    ] as const;
  });
  db.transaction(() => results.forEach((values) => update.run(...values)))();
}

/** Starts the next pass from the first record again: new work may sit behind the cursors. */
export function rewindChecks() {
  cursors.clear();
}

/** How many records of a dataset still wait for their check (token counts included). */
export function pendingCheckCount({ datasetId }: DatasetScope): number {
  return sqlite().prepare(`SELECT count(*) FROM Conversation WHERE datasetId = ? AND checkedAt IS NULL AND deletedAt IS NULL`).pluck().get(datasetId) as number;
}
