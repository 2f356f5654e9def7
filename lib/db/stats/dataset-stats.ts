import type Database from "better-sqlite3";
import { sqlite } from "../client";
import type { ConversationFilter } from "../../validation/conversation-filter";
import { filterQueryString } from "../../validation/filter-query";
import type { DatasetStats } from "../../stats/stats-types";
import { statsFingerprint } from "./stats-fingerprint";
import { computeStats } from "./compute-stats";
import { readThrough } from "./figure-cache";
import { systemScope, type DatasetScope } from "../scope";

// The statistics of a dataset under a filter, kept in StatsCache by the filter's
// canonical query string and reused while the data's fingerprint stays the same: a
// page view then costs the fingerprint's few index seeks and one JSON parse. A stale
// or missing entry is computed (by SQL only) and stored.

/** The background refresh waits until a dataset has had no change for this long… */
export const SETTLED_MS = 30_000;
/** …and spends at most about a tenth of its time on statistics. */
const REFRESH_PACE = 10;

export async function getDatasetStats(scope: DatasetScope, filter: ConversationFilter): Promise<DatasetStats> {
  return statsFor(sqlite(), scope, filter);
}

function statsFor(db: Database.Database, scope: DatasetScope, filter: ConversationFilter): DatasetStats {
  const { datasetId } = scope;
  return readThrough(
    db,
    datasetId,
    filterQueryString(filter),
    () => statsFingerprint(db, datasetId, filter),
    () => {
      const targetModel = db.prepare(`SELECT targetModel FROM Dataset WHERE id = ?`).pluck().get(datasetId) as string;
      return computeStats(db, scope, targetModel, filter);
    },
  );
}

/**
 * For the background worker, between requests: recomputes the whole-dataset figures of
 * one dataset whose cached ones are stale, so the next visit finds them ready. Returns
 * whether it did any work. Only datasets someone has looked at (they have an entry),
 * and only once a dataset has settled: while people review it or the checks work
 * through it, each figure would be stale again within seconds, and at a million
 * records a computation holds the server for a second or more. A visit meanwhile
 * computes its own figures. `now` is for tests.
 */
export function refreshStaleStats(now = Date.now()): boolean {
  const db = sqlite();
  const entries = db
    .prepare(
      `SELECT s.datasetId, s.fingerprint, s.computedAt, json_extract(s.data, '$.computeMs') AS computeMs,
         (SELECT max(updatedAt) FROM Conversation WHERE datasetId = s.datasetId) AS lastWrite,
         (SELECT max(checkedAt) FROM Conversation WHERE datasetId = s.datasetId) AS lastCheck
       FROM StatsCache s WHERE s.filterKey = '' ORDER BY s.computedAt`,
    )
    .all() as { datasetId: string; fingerprint: string; computedAt: string; computeMs: number | null; lastWrite: string | null; lastCheck: string | null }[];
  const since = (t: string | null) => (t === null ? Infinity : now - Date.parse(t));
  for (const e of entries) {
    if (since(e.lastWrite) < SETTLED_MS || since(e.lastCheck) < SETTLED_MS) continue;
    if (since(e.computedAt) < REFRESH_PACE * (e.computeMs ?? 0)) continue;
    if (statsFingerprint(db, e.datasetId, {})?.value === e.fingerprint) continue;
    statsFor(db, systemScope(e.datasetId, "the background refresh of statistics someone has looked at"), {});
    return true;
  }
  return false;
}
