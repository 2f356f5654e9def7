import type Database from "better-sqlite3";
import { notFound } from "../../errors";
import type { Fingerprint } from "./stats-fingerprint";

// Figures worked out by SQL over a dataset (its statistics, its pre-flight check),
// kept in StatsCache under a key and reused while the data's fingerprint stays the
// same: a page view then costs the fingerprint's few index seeks and one JSON parse.

/** Entries kept per dataset besides the whole dataset's statistics; older ones make room. */
const KEPT_ENTRIES = 50;

/**
 * The cached figures under `key` if their fingerprint still matches, else `compute()`d
 * and stored. Fingerprint and figures are read in one transaction, so they describe
 * the same moment.
 */
export function readThrough<T>(db: Database.Database, datasetId: string, key: string, fingerprint: () => Fingerprint | null, compute: () => T): T {
  const read = db.transaction(() => {
    const fp = fingerprint();
    if (!fp) throw notFound(`Dataset ${datasetId}`);
    const cached = db.prepare(`SELECT fingerprint, data FROM StatsCache WHERE datasetId = ? AND filterKey = ?`).get(datasetId, key) as
      { fingerprint: string; data: string } | undefined;
    if (cached?.fingerprint === fp.value) return { figures: JSON.parse(cached.data) as T, store: null };
    return { figures: compute(), store: fp.cacheable ? fp.value : null };
  });
  const { figures, store } = read();
  if (store !== null) save(db, datasetId, key, store, figures);
  return figures;
}

function save(db: Database.Database, datasetId: string, key: string, fingerprint: string, figures: unknown) {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO StatsCache (datasetId, filterKey, fingerprint, data, computedAt) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (datasetId, filterKey) DO UPDATE SET fingerprint = excluded.fingerprint, data = excluded.data, computedAt = excluded.computedAt`,
    ).run(datasetId, key, fingerprint, JSON.stringify(figures), new Date().toISOString());
    db.prepare(
      `DELETE FROM StatsCache WHERE datasetId = ? AND filterKey != '' AND filterKey NOT IN (
         SELECT filterKey FROM StatsCache WHERE datasetId = ? AND filterKey != '' ORDER BY computedAt DESC LIMIT ${KEPT_ENTRIES})`,
    ).run(datasetId, datasetId);
  })();
}
