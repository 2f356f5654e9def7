import { sqlite } from "../client";
import { sqliteTimestamp } from "../imports/conversation-writer";
import type { FindResult } from "../../dedup/find-duplicates";
import type { SignedBatch } from "../../dedup/sign-batch";
import { cacheIndex, forgetIndex, segmentsOf, sketchesOf, writeSegments, writeSketches } from "./dedup-index";
import type { RunSpec } from "../../dedup/run-spec";
import { storeUnresolvedCount } from "./list-clusters";

// The end of a run, in one transaction: the dataset's previous run of the same kind
// goes (with its clusters and index), this one's clusters and index are written, and
// records changed while it ran are queued for the incremental check, so none is missed.

export function saveRun(spec: RunSpec, signed: SignedBatch, found: FindResult, o: { startedAt: string; lastListedId: number }) {
  const db = sqlite();
  const previous = db
    .prepare(`SELECT id FROM DedupRun WHERE datasetId = ? AND id != ? AND (againstDatasetId IS NULL) = ? AND status != 'running'`)
    .pluck()
    .all(spec.datasetId, spec.runId, spec.against === null ? 1 : 0) as string[];
  const index = spec.against === null ? { segments: segmentsOf(signed, spec.lsh.bands), sketches: sketchesOf(signed, spec.lsh.bands * spec.lsh.rows) } : null;
  db.transaction(() => {
    for (const id of previous) {
      db.prepare(`DELETE FROM DedupRun WHERE id = ?`).run(id);
      forgetIndex(id);
    }
    const cluster = db.prepare(`INSERT INTO DuplicateCluster (runId, kind, similarity, size) VALUES (?, ?, ?, ?)`);
    const member = db.prepare(`INSERT INTO DuplicateMember (clusterId, conversationId, runId) VALUES (?, ?, ?)`);
    for (const c of found.clusters) {
      const clusterId = cluster.run(spec.runId, c.kind, c.similarity, c.members.length).lastInsertRowid;
      for (const i of c.members) member.run(clusterId, signed.ids[i], spec.runId);
    }
    if (index) {
      writeSegments(db, spec.runId, index.segments);
      writeSketches(db, spec.runId, index.sketches);
      db.prepare(`DELETE FROM DedupPending WHERE datasetId = ?`).run(spec.datasetId);
      // Two range reads (by updatedAt through its index, by id through the key): one
      // condition with OR would read every row of the dataset, bodies and all.
      const queue = (where: string, value: unknown) =>
        db
          .prepare(
            `INSERT OR IGNORE INTO DedupPending (conversationId, datasetId)
           SELECT id, datasetId FROM Conversation WHERE datasetId = ? AND ${where} AND deletedAt IS NULL AND kind != 'invalid'`,
          )
          .run(spec.datasetId, value);
      queue("updatedAt > ?", o.startedAt);
      queue("id > ?", o.lastListedId);
    }
    db.prepare(`UPDATE DedupRun SET status = 'done', phase = '', candidates = ?, pairs = ?, clusterCount = ?, finishedAt = ? WHERE id = ?`).run(
      found.candidates,
      found.pairs.length,
      found.clusters.length,
      sqliteTimestamp(),
      spec.runId,
    );
    // Counted now, in the background, so the first page view after the run finds the figure ready.
    if (spec.against === null) storeUnresolvedCount(db, spec.runId);
  }).immediate();
  if (index) cacheIndex(spec.runId, index.segments, index.sketches);
}
