import { sqlite } from "../client";
import { parseVerdict, type ModerationVerdict } from "../../moderation/moderation-verdict";
import type { DatasetScope } from "../scope";

/** A record's verdict from its last moderation scan, or null when it was not scanned since its last edit. */
export function getModerationVerdict(scope: DatasetScope, conversationId: number): (ModerationVerdict & { moderatedAt: string }) | null {
  const row = sqlite().prepare(`SELECT moderation, moderatedAt FROM Conversation WHERE id = ? AND datasetId = ?`).get(conversationId, scope.datasetId) as
    { moderation: string | null; moderatedAt: string | null } | undefined;
  const verdict = parseVerdict(row?.moderation ?? null);
  return verdict && row?.moderatedAt ? { ...verdict, moderatedAt: row.moderatedAt } : null;
}
