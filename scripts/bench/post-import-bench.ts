import { setImmediate as nextTurn } from "node:timers/promises";
import { runBackgroundWorkUntilIdle } from "../../lib/jobs/background-work";
import { sqlite } from "../../lib/db/client";
import type { BareDatabase } from "./bare-database";
import { bareCountTokens } from "./bare-tokenizer";
import { modelVisibleStrings } from "./message-strings";
import { searchTextSql } from "./source-statement";
import { seconds } from "./stats";

// What follows an import: the full-text index, then token counts. The app does both in
// small steps so a server stays responsive; the baselines do each in one go on the bare
// database, which is the least the same work can cost.

export type PostImportRun = { ftsSeconds: number; tokenSeconds: number; totalSeconds: number };

export async function appPostImport(datasetId: string, importId: string): Promise<PostImportRun> {
  const db = sqlite();
  const indexedAt = db.prepare(`SELECT indexedAt FROM Import WHERE id = ?`).pluck();
  const started = performance.now();
  let ftsSeconds: number | undefined;
  let done = false;
  const work = runBackgroundWorkUntilIdle().finally(() => (done = true));
  // The index is finished when the import is stamped; the rest of the time is counting.
  // Looking between steps splits the two without reaching into the job's internals.
  while (!done) {
    if (ftsSeconds === undefined && indexedAt.get(importId) !== null) ftsSeconds = seconds(started);
    await nextTurn();
  }
  await work;
  const totalSeconds = seconds(started);
  ftsSeconds ??= totalSeconds;

  const pending = db.prepare(`SELECT count(*) FROM Conversation WHERE datasetId = ? AND tokens IS NULL AND kind != 'invalid'`).pluck().get(datasetId) as number;
  if (pending !== 0) throw new Error(`background work left ${pending} records without a token count`);
  return { ftsSeconds, tokenSeconds: totalSeconds - ftsSeconds, totalSeconds };
}

export function bareSearchIndex(bare: BareDatabase): number {
  const fill = bare.db.prepare(`INSERT INTO conversation_fts (rowid, text) SELECT c.id, ${searchTextSql()} FROM Conversation c`);
  const started = performance.now();
  bare.db.transaction(() => fill.run())();
  return seconds(started);
}

export function bareTokenCounts(bare: BareDatabase): number {
  const started = performance.now();
  const rows = bare.db.prepare(`SELECT id, body FROM Conversation WHERE kind != 'invalid' ORDER BY id`).raw().iterate() as IterableIterator<[number, string]>;
  const counts: [number, number][] = [];
  const strings: string[] = [];
  for (const [id, body] of rows) {
    strings.length = 0;
    let tokens = 0;
    for (const s of modelVisibleStrings(JSON.parse(body), strings)) tokens += bareCountTokens(s);
    counts.push([tokens, id]);
  }
  // The connection is busy while iterating, so the counts are written afterwards.
  const update = bare.db.prepare(`UPDATE Conversation SET tokens = ? WHERE id = ?`);
  bare.db.transaction(() => counts.forEach((c) => update.run(...c)))();
  return seconds(started);
}
