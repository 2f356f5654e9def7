import { updateConversation } from "./update-conversation";
import { getRevision } from "./revisions";
import type { Actor } from "../../auth/actor";
import type { Status } from "../../validation/statuses";

// Restoring never rewrites history: the chosen version's record, status, note and
// labels become a new version on top, so the restore itself can be undone the same way.
export async function restoreRevision(id: number, restore: number, currentVersion: number, actor: Actor) {
  const r = await getRevision(id, restore);
  return updateConversation(id, { version: currentVersion, raw: r.body, note: r.note, labels: JSON.parse(r.labels) as string[] }, actor, {
    summary: `restored version ${restore}`,
    state: { status: r.status as Status, keeperId: r.keeperId },
    restoredFrom: restore,
  });
}
