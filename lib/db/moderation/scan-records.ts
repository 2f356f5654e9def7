import { sqlite } from "../client";
import { sqliteTimestamp } from "../imports/conversation-writer";
import { conversationWhere, type Where } from "../conversations/conversation-where";
import type { ConversationFilter } from "../../validation/conversation-filter";
import type { ModerationVerdict } from "../../moderation/moderation-verdict";
import { systemScope } from "../scope";

// The records a scan reads and the verdicts it writes, on the raw handle: a scan of a
// large dataset reads every body once, in id order, a page at a time.

export type ScanTarget = { datasetId: string; mode: "unscanned" | "all"; filter: ConversationFilter | null };

/** Live, valid records of the target (invalid lines have nothing a fine-tune would read). */
export function scanWhere(t: ScanTarget): Where {
  const base = conversationWhere(systemScope(t.datasetId, "the moderation scan reads the dataset it was started on"), t.filter ?? {});
  const parts = [base.sql, `c.kind != 'invalid'`];
  if (t.mode === "unscanned") parts.push(`c.moderatedAt IS NULL`);
  return { sql: parts.join(" AND "), params: base.params };
}

export function countScanTargets(t: ScanTarget): number {
  const w = scanWhere(t);
  return sqlite()
    .prepare(`SELECT count(*) FROM Conversation c WHERE ${w.sql}`)
    .pluck()
    .get(...w.params) as number;
}

export type ScanRow = { id: number; kind: string; body: string };

/** The next page of the target after `afterId`, in id order. */
export function readScanPage(t: ScanTarget, afterId: number, limit: number): ScanRow[] {
  const w = scanWhere(t);
  return sqlite()
    .prepare(`SELECT c.id, c.kind, c.body FROM Conversation c WHERE ${w.sql} AND c.id > ? ORDER BY c.id LIMIT ?`)
    .all(...w.params, afterId, limit) as ScanRow[];
}

/**
 * Writes verdicts in one transaction. A record whose body changed since it was read
 * keeps no verdict (the edit's trigger cleared it; the next scan judges the new text).
 * Returns how many were written and how many of those were flagged.
 */
export function writeVerdicts(rows: ScanRow[], verdicts: Map<number, ModerationVerdict>): { written: number; flagged: number } {
  const db = sqlite();
  const update = db.prepare(`UPDATE Conversation SET moderation = ?, moderationFlagged = ?, moderatedAt = ? WHERE id = ? AND body = ?`);
  const at = sqliteTimestamp();
  return db
    .transaction(() => {
      let written = 0;
      let flagged = 0;
      for (const row of rows) {
        const v = verdicts.get(row.id);
        if (!v) continue;
        if (update.run(JSON.stringify(v), v.flagged ? 1 : 0, at, row.id, row.body).changes === 0) continue;
        written++;
        if (v.flagged) flagged++;
      }
      return { written, flagged };
    })
    .immediate();
}
