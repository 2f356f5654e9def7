import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseBenchOptions, type BenchOptions } from "./bench-options";
import { writeCorpusFile } from "./corpus";
import { renderTable, valueCell, writeResults, type Figure } from "./results";
import { importFigure, largeImportFigures, postImportFigures, exportFigure, sizeLabel, tokenFigure } from "./figures";
import { runChild } from "./child-process";
import type { ImportChildResult } from "./import-child";

// `npm run bench [-- --quick] [-- --rows N] [-- --only dedup|validate|stats|huge|app]`: import,
// post-import work, table pages, export, bulk changes, token counting, de-duplication,
// the pre-flight check (`tuneset validate`), the statistics page and the conversation
// page of a 10 MB record, each beside a bare
// baseline measured in the same run on
// the same machine. Everything lives in one temp folder that is removed at the end.

const RESULTS_FILE = ".bench/results.json";

function say(message: string) {
  console.log(`· ${message}`);
}

function printFigure(f: Figure) {
  const verdict = f.pass === null ? "" : `  ${f.pass ? "PASS" : "FAIL"} (${f.target})`;
  console.log(`  ${f.figure}: ${valueCell(f)}${f.ratio === null ? "" : `, ratio ${f.ratio.toFixed(2)}`}${verdict}`);
}

async function mainParts(opts: BenchOptions, tmp: string, add: (f: Figure) => void) {
  const label = sizeLabel(opts.rows);
  say(`writing a ${opts.rows.toLocaleString("en-US")}-line corpus (seed ${opts.seed})`);
  const corpus = await writeCorpusFile(join(tmp, "corpus.jsonl"), opts.rows, opts.seed);
  say(`corpus: ${(corpus.bytes / 1e6).toFixed(1)} MB, ${Math.round(corpus.bytes / corpus.lines)} bytes/line, written in ${corpus.seconds.toFixed(1)} s`);

  // Loaded only now: DATABASE_URL names the fresh file, and the lib reads it once.
  const { openBareDatabase } = await import("./bare-database");
  const { appImport, bareInsert } = await import("./import-bench");
  const { appPostImport, bareSearchIndex, bareTokenCounts } = await import("./post-import-bench");
  const { approveThirtyPercent, benchTablePage } = await import("./page-bench");
  const { benchReviewNext, benchSaveEdit } = await import("./review-bench");
  const { approveAll, benchExport } = await import("./export-bench");
  const { benchTokenCounting } = await import("./token-bench");
  const { benchBulk } = await import("./bulk-bench");
  const { closeDb } = await import("../../lib/db/client");

  const bare = openBareDatabase(join(tmp, "bare.db"));
  say("import: bare insert baseline");
  const bareRun = await bareInsert(corpus, bare);
  say("import: importIntoDataset");
  const appRun = await appImport(corpus);
  if (appRun.rows !== bareRun.rows) throw new Error(`import wrote ${appRun.rows} rows, the baseline ${bareRun.rows}`);
  add(importFigure(label, appRun, bareRun));
  say(
    `import CPU time: ${appRun.cpuSeconds.toFixed(1)} s, bare ${bareRun.cpuSeconds.toFixed(1)} s (ratio ${(bareRun.cpuSeconds / appRun.cpuSeconds).toFixed(2)}, less sensitive to a busy machine)`,
  );

  say("post-import work: runBackgroundWorkUntilIdle, then the bare baselines");
  const post = await appPostImport(appRun.datasetId, appRun.importId);
  const bareFts = bareSearchIndex(bare);
  const bareTokens = bareTokenCounts(bare);
  bare.db.close();
  postImportFigures(label, post, { fts: bareFts, tokens: bareTokens }).forEach(add);

  say(`table page: ${approveThirtyPercent(appRun.datasetId).toLocaleString("en-US")} rows approved`);
  (await benchTablePage(appRun.datasetId, label)).forEach(add);

  say("review mode: walking 200 pending records, then saving 200 edits");
  add(await benchReviewNext(appRun.datasetId, label));
  add(await benchSaveEdit(appRun.datasetId, label));

  say(`export: ${approveAll(appRun.datasetId).toLocaleString("en-US")} rows approved`);
  add(exportFigure(label, benchExport(appRun.datasetId)));

  say("bulk changes over 10,000 records (add label is the one with a target)");
  (await benchBulk(appRun.datasetId, label)).forEach(add);

  say(`token counting over ${opts.tokenRecords.toLocaleString("en-US")} records`);
  add(tokenFigure(benchTokenCounting(opts.tokenRecords, opts.seed)));

  await closeDb();
  rmSync(corpus.path);
  return bareRun;
}

async function largeParts(opts: BenchOptions, tmp: string, bareInsert: { rows: number; seconds: number }, add: (f: Figure) => void) {
  const label = sizeLabel(opts.largeRows);
  say(`writing a ${opts.largeRows.toLocaleString("en-US")}-line corpus`);
  const corpus = await writeCorpusFile(join(tmp, "large.jsonl"), opts.largeRows, opts.seed);
  say(`large corpus: ${(corpus.bytes / 1e6).toFixed(0)} MB in ${corpus.seconds.toFixed(1)} s; peak RSS baseline (stream lines only)`);
  const baseline = await runChild<ImportChildResult>("import-child.ts", ["baseline", corpus.path], join(tmp, "rss-baseline.db"));
  say("importing the large corpus in a child process");
  const largeDb = join(tmp, "large.db");
  const run = await runChild<ImportChildResult>("import-child.ts", ["import", corpus.path], largeDb);
  rmSync(corpus.path);
  largeImportFigures(label, run, baseline, bareInsert, sizeLabel(opts.rows)).forEach(add);
  say("table page on the large database");
  (await runChild<Figure[]>("page-child.ts", [run.datasetId, label], largeDb)).forEach(add);
}

async function main() {
  const opts = parseBenchOptions(process.argv.slice(2));
  const tmp = mkdtempSync(join(tmpdir(), "tuneset-bench-"));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  process.env.DATABASE_URL = `file:${join(tmp, "app.db")}`;

  const figures: Figure[] = [];
  const add = (f: Figure) => {
    figures.push(f);
    printFigure(f);
  };
  const started = Date.now();
  // Other processes share these 2 cores; the load says how much to trust a close call.
  const loadBefore = loadavg()[0];
  try {
    if (opts.only === null || opts.only === "app") {
      const bareInsert = await mainParts(opts, tmp, add);
      if (opts.largeRows) await largeParts(opts, tmp, bareInsert, add);
    }
    if (opts.only === null || opts.only === "stats") {
      const { statsFigures } = await import("./stats-bench");
      // The target is for a million records: the large size, or the main one with --quick.
      (await statsFigures(opts.largeRows || opts.rows, opts.seed, tmp, say)).forEach(add);
    }
    if (opts.only === null || opts.only === "huge") {
      const { hugePageFigures } = await import("./huge-page-bench");
      (await hugePageFigures(opts.seed, tmp, say)).forEach(add);
    }
    if (opts.only === null || opts.only === "dedup") {
      const { dedupMainFigures, dedupLargeFigures } = await import("./dedup-bench");
      (await dedupMainFigures(opts.rows, opts.seed, tmp, say)).forEach(add);
      if (opts.largeRows) (await dedupLargeFigures(opts.largeRows, opts.seed, tmp, say)).forEach(add);
    }
    if (opts.only === null || opts.only === "validate") {
      const { validateFigures } = await import("./validate-bench");
      (await validateFigures(opts.validateRows, opts.seed, tmp, say)).forEach(add);
    }
  } finally {
    cleanup();
  }

  console.log(`\nratio: how the app does next to the bare baseline (1.00 = as fast or as small; lower is worse)\n`);
  console.log(renderTable(figures));
  const failed = figures.filter((f) => f.pass === false).length;
  const loadAfter = loadavg()[0];
  console.log(`\n${figures.filter((f) => f.pass !== null).length - failed} targets met, ${failed} missed`);
  console.log(
    `${((Date.now() - started) / 1000).toFixed(0)} s on ${cpus().length} cores; 1-minute load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
  );
  writeResults(RESULTS_FILE, {
    at: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadBefore, loadAfter },
    options: opts,
    figures,
  });
  console.log(`results written to ${RESULTS_FILE}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
