import { sqlite } from "../db/client";
import { systemScope, type DatasetScope } from "../db/scope";

// Unit tests act in datasets they made themselves, as the command line does: no request
// to authorize, so they read and write through a system scope.

const WHY = "a unit test working in a dataset it made";

/** The scope of a dataset the test made (its id, or the dataset). */
export const scopeOf = (dataset: string | { id: string }): DatasetScope => systemScope(typeof dataset === "string" ? dataset : dataset.id, WHY);

/** The scope of the dataset a conversation the test made belongs to. */
export function conversationScope(id: number | string): DatasetScope {
  const datasetId = sqlite().prepare(`SELECT datasetId FROM Conversation WHERE id = ?`).pluck().get(Number(id)) as string | undefined;
  if (!datasetId) throw new Error(`conversationScope: no conversation ${id}`);
  return systemScope(datasetId, WHY);
}

/** The scope of the dataset a de-duplication run the test started belongs to. */
export const runScope = (runId: string): DatasetScope => ownerScope("DedupRun", runId);

/** The scope of the dataset a snapshot the test made belongs to. */
export const snapshotScope = (snapshotId: string): DatasetScope => ownerScope("Snapshot", snapshotId);

function ownerScope(table: "DedupRun" | "Snapshot", id: string): DatasetScope {
  const datasetId = sqlite().prepare(`SELECT datasetId FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
  if (!datasetId) throw new Error(`no ${table} ${id}`);
  return systemScope(datasetId, WHY);
}
