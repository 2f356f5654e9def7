import { sqlite } from "../client";
import { countRecordTokens } from "../../tokens/count-tokens";
import { encodingForModel } from "../../models/fine-tunable-models";

// Counts tokens for records that have none yet (new imports, edited records, or a
// dataset whose target model changed), a batch at a time, after the import has
// finished, so counting never slows an import down.

const BATCH = 500;
// Where each dataset's pass stands, so records that never get a count (invalid ones)
// are read once per pass rather than on every step.
const cursors = new Map<string, number>();

type Row = { id: number; body: string; kind: string; version: number };

/** Counts one batch in the first dataset with pending records; returns false when all are counted. */
export function countNextBatch(): boolean {
  const db = sqlite();
  const datasets = db.prepare(`SELECT id, targetModel FROM Dataset ORDER BY createdAt`).all() as { id: string; targetModel: string }[];
  for (const ds of datasets) {
    const after = cursors.get(ds.id) ?? 0;
    const rows = db
      .prepare(
        `SELECT id, body, kind, version FROM Conversation
         WHERE datasetId = ? AND tokens IS NULL AND id > ? ORDER BY tokens, id LIMIT ${BATCH}`,
      )
      .all(ds.id, after) as Row[];
    if (rows.length === 0) continue;
    const encoding = encodingForModel(ds.targetModel);
    const update = db.prepare(`UPDATE Conversation SET tokens = ? WHERE id = ? AND version = ? AND tokens IS NULL`);
    const counted = rows
      .filter((r) => r.kind !== "invalid")
      .map((r) => [countRecordTokens(JSON.parse(r.body), encoding).total, r.id, r.version] as const);
    db.transaction(() => counted.forEach((c) => update.run(...c)))();
    cursors.set(ds.id, rows[rows.length - 1].id);
    return true;
  }
  return false;
}

/** Starts the next pass from the first record again: new work may sit behind the cursors. */
export function rewindTokenCounting() {
  cursors.clear();
}

/** How many records of a dataset still wait for a token count. */
export function pendingTokenCount(datasetId: string): number {
  return (
    sqlite()
      .prepare(`SELECT count(*) AS n FROM Conversation WHERE datasetId = ? AND tokens IS NULL AND kind != 'invalid'`)
      .get(datasetId) as { n: number }
  ).n;
}
