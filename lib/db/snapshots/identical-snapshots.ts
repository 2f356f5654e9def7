import type Database from "better-sqlite3";
import type { ReuseCandidate } from "../../snapshots/content-hash";

// The dataset's snapshots whose content hash equals this one: what a repeated export
// may reuse. Read on the connection the caller holds (the read transaction that hashed
// the selection, or the write transaction about to number a new snapshot), so the
// answer belongs to the same moment as the records it is compared with.

export type SnapshotTwin = ReuseCandidate & { kind: "chat" | "preference" };

export function identicalSnapshots(conn: Database.Database, datasetId: string, contentHash: string): SnapshotTwin[] {
  return conn
    .prepare(`SELECT id, number, seed, kind FROM Snapshot WHERE datasetId = ? AND contentHash = ? ORDER BY number DESC`)
    .all(datasetId, contentHash) as SnapshotTwin[];
}
