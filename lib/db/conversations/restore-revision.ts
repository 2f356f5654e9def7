import { updateConversation } from "./update-conversation";
import { getRevision } from "./revisions";
import type { Actor } from "../../auth/actor";
import type { Status } from "../../validation/statuses";
import type { DatasetScope } from "../scope";

// Restoring never rewrites history: the chosen version's record, status, note and
// labels become a new version on top, so the restore itself can be undone the same way.
export async function restoreRevision(scope: DatasetScope, id: number, restore: number, currentVersion: number, actor: Actor) {
  const r = await getRevision(scope, id, restore);
  return updateConversation(scope, id, { version: currentVersion, raw: r.body, note: r.note, labels: JSON.parse(r.labels) as string[] }, actor, {
    summary: `restored version ${restore}`,
    state: { status: r.status as Status, keeperId: r.keeperId },
    restoredFrom: restore,
  });
}
