import { rmSync } from "node:fs";
import { purgeExpiredDatasets } from "../../db/datasets/dataset-trash";
import { datasetSnapshotsDirectory } from "../../db/snapshots/snapshot-paths";

/**
 * Deletes for good the datasets that have been in the trash of datasets for 30 days, and
 * then their snapshot files, which only their rows pointed to. Run beside the purge of
 * trashed conversations, when a server or CLI process starts. Returns how many went.
 */
export function purgeDeletedDatasets(now = new Date()): number {
  const purged = purgeExpiredDatasets(now);
  for (const id of purged) {
    try {
      rmSync(datasetSnapshotsDirectory(id), { recursive: true, force: true });
    } catch (e) {
      // The rows are gone already; files left behind waste space but mislead no one.
      console.error(`Removing the snapshot files of purged dataset ${id} failed:`, e instanceof Error ? e.message : e);
    }
  }
  return purged.length;
}
