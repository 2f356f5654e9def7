import Database from "better-sqlite3";
import { reportToParent } from "./child-process";
import { fillStatsDataset } from "./stats-dataset";
import { summarise, timeInTurns } from "./stats";
import type { Latency } from "./stats";
import { commandLineScope } from "../../lib/cli/command-line-scope";

// The statistics page's figures at scale, in a process of its own (the lib opens one
// database per process): fill a dataset straight into the tables, then time
// getDatasetStats with the cache empty and with it valid, beside a bare count over
// the same records in the same process. Run by stats-bench.ts as:
// stats-child.ts ROWS SEED

export type StatsChildResult = {
  datasetId: string;
  admin: { email: string; password: string };
  fill: { rows: number; revisions: number; seconds: number };
  baseline: Latency;
  cold: Latency;
  warm: Latency;
  approvedCold: Latency;
  labelCold: Latency;
  computeMs: number;
  total: number;
};

const DATASET = "stats-bench";
export const BENCH_ADMIN = { email: "stats-bench@tuneset.invalid", password: "stats bench password", name: "Stats Bench" };

async function main() {
  const [rowsArg, seedArg] = process.argv.slice(2);
  const rows = Number(rowsArg);
  if (!(rows > 0)) throw new Error("usage: stats-child.ts ROWS SEED");
  const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");

  // The lib migrates and opens the database; the filling gets a connection of its own
  // with a large cache and no syncing (a throwaway file), closed before anything is timed.
  const { sqlite } = await import("../../lib/db/client");
  const { createFirstAdmin } = await import("../../lib/services/accounts/accounts");
  const { AccountCreateSchema } = await import("../../lib/validation/accounts");
  const admin = await createFirstAdmin(AccountCreateSchema.parse({ ...BENCH_ADMIN, role: "admin" }));
  const ids = { datasetId: DATASET, importId: `${DATASET}-import` };
  sqlite().prepare(`INSERT INTO Dataset (id, name, updatedAt) VALUES (?, ?, ?)`).run(ids.datasetId, DATASET, new Date().toISOString());
  sqlite()
    .prepare(`INSERT INTO Import (id, datasetId, fileName, createdById, status, finishedAt, indexedAt) VALUES (?, ?, 'stats.jsonl', ?, 'done', ?, ?)`)
    .run(ids.importId, ids.datasetId, admin.id, new Date().toISOString(), new Date().toISOString());
  const filler = new Database(file);
  filler.pragma("journal_mode = WAL");
  filler.pragma("synchronous = OFF");
  filler.pragma("cache_size = -1000000");
  const fill = fillStatsDataset(filler, { ...ids, actorId: admin.id, rows, seed: Number(seedArg) });
  filler.pragma("wal_checkpoint(TRUNCATE)");
  filler.close();

  const { getDatasetStats } = await import("../../lib/db/stats/dataset-stats");
  const db = sqlite();
  const clear = db.prepare(`DELETE FROM StatsCache`);
  const bare = db.prepare(`SELECT count(*) FROM Conversation WHERE datasetId = ? AND deletedAt IS NULL`).pluck();
  const cold = (filter: Record<string, string>) => () => {
    clear.run();
    return getDatasetStats(commandLineScope(ids.datasetId), filter);
  };
  const count = () => bare.get(ids.datasetId);
  // Cold runs take seconds at a million records: three of each, in turns with the baseline.
  const [coldAll, approvedCold, labelCold] = await timeInTurns(3, 0, [cold({}), cold({ status: "approved" }), cold({ label: "billing" }), count]);
  const first = await getDatasetStats(commandLineScope(ids.datasetId), {});
  const [warm, baseline] = await timeInTurns(30, 3, [() => getDatasetStats(commandLineScope(ids.datasetId), {}), count]);
  reportToParent({
    datasetId: ids.datasetId,
    admin: BENCH_ADMIN,
    fill,
    baseline: summarise(baseline),
    cold: summarise(coldAll),
    warm: summarise(warm),
    approvedCold: summarise(approvedCold),
    labelCold: summarise(labelCold),
    computeMs: first.computeMs,
    total: first.total,
  } satisfies StatsChildResult);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
