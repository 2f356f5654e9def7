import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { corpusLines } from "./corpus";
import { seededRandom, type Random } from "./prng";
import { seconds } from "./stats";

// A dataset as the statistics page meets it after an import, the background checks and
// weeks of review: rows written straight into the tables (an import of a million lines
// plus counting and checking them would take many minutes and measure other code).
// Bodies are the corpus's real lines (about 1 KB), drawn from a pool of 50,000 of them
// (writing a fresh line for each of a million records took 40 s and changes no figure
// the page shows); the columns the checks fill are drawn
// from distributions like real sets rather than computed, so token counts span 8 to
// ~100,000 with the long tail real data has.

export type StatsDatasetOptions = { datasetId: string; importId: string; actorId: string; rows: number; seed: number };

const BATCH = 10_000;
const POOL = 50_000;
const DAY_MS = 86_400_000;
/** Review spread over the last weeks, so the progress chart has a realistic number of days. */
const REVIEW_DAYS = 75;

const STATUSES: [string, number][] = [
  ["pending", 0.52],
  ["approved", 0.31],
  ["rejected", 0.07],
  ["needs_changes", 0.06],
  ["duplicate", 0.04],
];
const LANGUAGES: [string, number][] = [
  ["eng", 0.82],
  ["deu", 0.04],
  ["fra", 0.035],
  ["spa", 0.03],
  ["por", 0.015],
  ["ita", 0.012],
  ["jpn", 0.01],
  ["rus", 0.008],
  ["und", 0.03],
];
const LABELS: [string, number][] = [
  ["billing", 0.3],
  ["shipping", 0.22],
  ["returns", 0.15],
  ["tone", 0.1],
  ["tool-use", 0.09],
  ["escalation", 0.06],
  ["safety", 0.05],
  ["other", 0.03],
];
const SHARE = { labelled: 0.45, twoLabels: 0.25, unchecked: 0.015, deleted: 0.003 };

function weighted(r: Random, table: [string, number][]): string {
  let x = r.next();
  for (const [value, w] of table) if ((x -= w) < 0) return value;
  return table[table.length - 1][0];
}

/** Log-normal around a median of ~700 tokens: most examples are short, a few run to tens of thousands. */
function tokenCount(r: Random): number {
  const z = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return Math.max(8, Math.round(700 * Math.exp(1.15 * z)));
}

type PoolLine = { line: string; valid: boolean; turns: number; system: string | null };

/** A corpus line with what the rows need from it, read once however often it is used. */
function poolLine(line: string): PoolLine {
  let messages: { role: string; content?: unknown }[] | null = null;
  try {
    const record = JSON.parse(line);
    messages = Array.isArray(record?.messages) ? record.messages : null;
  } catch {
    messages = null;
  }
  const valid = messages !== null && messages.every((m) => ["system", "user", "assistant", "tool"].includes(m.role));
  const system = messages?.find((m) => m.role === "system")?.content;
  return { line, valid, turns: messages?.length ?? 0, system: valid && typeof system === "string" ? systemHashOf(system) : null };
}

const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const systemHashOf = (prompt: string) => createHash("sha256").update(prompt).digest("hex").slice(0, 32);

/**
 * Writes `rows` records (with labels and review revisions) into an existing dataset;
 * returns how long it took. The tables' indexes are dropped for the writing and built
 * again after it: maintaining some twenty of them row by row took twice as long.
 */
export function fillStatsDataset(db: Database.Database, o: StatsDatasetOptions): { rows: number; revisions: number; seconds: number } {
  const started = performance.now();
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Conversation', 'Revision', 'ConversationLabel')`)
    .all() as { name: string; sql: string }[];
  for (const i of indexes) db.prepare(`DROP INDEX "${i.name}"`).run();
  const revisions = writeRows(db, o);
  for (const i of indexes) db.prepare(i.sql).run();
  return { rows: o.rows, revisions, seconds: seconds(started) };
}

function writeRows(db: Database.Database, o: StatsDatasetOptions): number {
  const r = seededRandom(o.seed);
  const source = corpusLines(o.seed);
  const pool = Array.from({ length: Math.min(o.rows, POOL) }, () => poolLine(source.next().value as string));
  const now = Date.now();
  const labelIds = LABELS.map(([name], i) => `stats-label-${i}-${name}`);
  const addLabel = db.prepare(`INSERT INTO Label (id, datasetId, name, color, createdAt) VALUES (?, ?, ?, '#6366f1', ?)`);
  LABELS.forEach(([name], i) => addLabel.run(labelIds[i], o.datasetId, name, stamp(now)));

  const insert = db.prepare(
    `INSERT INTO Conversation (datasetId, importId, sourceFile, sourceLine, kind, body, errors, preview, turns, tokens, assistantTokens,
       status, version, createdAt, updatedAt, deletedAt, checkedAt, language, systemHash)
     VALUES (?, ?, 'stats.jsonl', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare(`INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt) VALUES (?, ?, ?)`);
  const revision = db.prepare(
    `INSERT INTO Revision (conversationId, version, kind, body, status, labels, summary, actorId, createdAt) VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?)`,
  );
  let revisions = 0;
  const importedAt = now - (REVIEW_DAYS + 2) * DAY_MS;

  const batch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const { line, valid, turns, system } = n < pool.length ? pool[n] : pool[r.int(0, pool.length - 1)];
      const kind = valid ? "chat" : "invalid";
      const checked = valid && !r.chance(SHARE.unchecked);
      // Records waiting for their checks were counted before (as after a text edit); invalid lines never are.
      const tokens = valid ? tokenCount(r) : null;
      const status = valid ? weighted(r, STATUSES) : "pending";
      const decided = status !== "pending";
      const decidedAt = now - r.next() ** 0.7 * REVIEW_DAYS * DAY_MS;
      const id = insert.run(
        o.datasetId,
        o.importId,
        n + 1,
        kind,
        line,
        valid ? null : "[]",
        line.slice(0, 120),
        turns,
        tokens,
        tokens === null || !checked ? null : Math.round(tokens * (0.15 + 0.65 * r.next())),
        status,
        decided ? 2 : 1,
        stamp(importedAt),
        stamp(decided ? decidedAt : importedAt),
        r.chance(SHARE.deleted) ? stamp(now - r.int(1, 20) * DAY_MS) : null,
        checked ? stamp(importedAt + r.int(1, 3_600_000)) : null,
        checked ? weighted(r, LANGUAGES) : null,
        checked ? system : null,
      ).lastInsertRowid as number;
      if (r.chance(SHARE.labelled)) {
        link.run(id, labelIds[LABELS.findIndex(([name]) => name === weighted(r, LABELS))], stamp(importedAt));
        if (r.chance(SHARE.twoLabels)) link.run(id, labelIds[r.int(0, LABELS.length - 1)], stamp(importedAt));
      }
      if (decided) {
        // A decided record has its imported state as version 1 and the decision as version 2, as a save writes them.
        revision.run(id, 1, kind, line, "pending", "imported from stats.jsonl", o.actorId, stamp(decidedAt));
        revision.run(id, 2, kind, line, status, `status: Pending → ${status}`, o.actorId, stamp(decidedAt));
        revisions += 2;
      }
    }
  });
  for (let from = 0; from < o.rows; from += BATCH) batch(from, Math.min(o.rows, from + BATCH));
  return revisions;
}
