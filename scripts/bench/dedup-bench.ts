import { createWriteStream, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { runChild } from "./child-process";
import { dedupCorpus, type DedupTruth } from "./dedup-corpus";
import { costRatio, type Figure } from "./results";
import { sizeLabel } from "./figures";
import type { DedupRunResult, IncrementalResult } from "./dedup-child";
import { DEFAULT_THRESHOLD } from "../../lib/validation/dedup";

// De-duplication against a corpus with planted near-duplicates, surface copies and
// hard negatives (dedup-corpus.ts): pair precision and recall at the threshold, recall
// per similarity band, and time, each beside reading and SHA-1 hashing the same
// normalised text in the same process. Every part runs in a child process on its own
// database, so peak RSS is the run's own.

const TARGET = {
  mainSeconds: 8,
  oneThreadSeconds: 12,
  precision: 0.99,
  recall: 0.97,
  largeSeconds: 90,
  largeRssMb: 1536,
  exactGroupingSeconds: 0.5,
  incrementalSeconds: 2,
};
const INCREMENTAL_ROWS = 10_000;

type Say = (message: string) => void;

/** Writes the corpus's lines to files: the first `split` rows to one, the rest to the other. */
async function writeCorpus(tmp: string, name: string, rows: number, seed: number, split = rows) {
  const corpus = dedupCorpus({ rows, threshold: DEFAULT_THRESHOLD, seed });
  const paths = [join(tmp, `${name}.jsonl`), join(tmp, `${name}-later.jsonl`)];
  const outs = paths.map((p) => createWriteStream(p));
  let row = 0;
  for (const line of corpus.lines()) {
    const out = outs[row++ < split ? 0 : 1];
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  await Promise.all(outs.map((o) => new Promise((resolve) => o.end(resolve))));
  const truth = corpus.truth();
  const truthPath = join(tmp, `${name}-truth.json`);
  writeFileSync(
    truthPath,
    JSON.stringify({ ...truth, pairs: { a: Array.from(truth.pairs.a), b: Array.from(truth.pairs.b), similarity: Array.from(truth.pairs.similarity) } }),
  );
  return { file: paths[0], later: paths[1], truthPath, truth };
}

function timeFigure(name: string, seconds: number, baseline: number, target: number | null, detail: Record<string, number | string>, extraPass = true): Figure {
  return {
    figure: name,
    value: seconds,
    unit: "s",
    baseline,
    baselineLabel: "read + normalise + SHA-1, 1 thread",
    ratio: costRatio(seconds, baseline),
    target: target === null ? null : `≤ ${target} s`,
    pass: target === null ? null : seconds <= target && extraPass,
    detail,
  };
}

function scoreFigures(label: string, r: DedupRunResult, truth: DedupTruth): Figure[] {
  const bands = r.score.bands
    .filter((b) => b.expected > 0)
    .map((b) => `${b.label}: ${b.recall === null ? "-" : b.recall.toFixed(3)}`)
    .join(", ");
  return [
    {
      figure: `dedup @${label}: pair precision / recall at ${truth.threshold}`,
      value: r.score.precision,
      unit: "",
      shown: `${r.score.precision.toFixed(4)} / ${r.score.recall.toFixed(4)}`,
      baseline: null,
      baselineLabel: `${r.score.expected.toLocaleString("en-US")} true pairs; recall by band ${bands}`,
      ratio: null,
      target: `≥ ${TARGET.precision} / ≥ ${TARGET.recall}`,
      pass: r.score.precision >= TARGET.precision && r.score.recall >= TARGET.recall,
      detail: { reported: r.score.reported, correct: r.score.correct, expected: r.score.expected, hardNegativeMax: truth.hardNegativeMax, bands },
    },
  ];
}

const stepDetail = (r: DedupRunResult) => ({
  rows: r.rows,
  candidates: r.candidates,
  clusters: r.clusters,
  threads: r.threads,
  maxRssKb: r.maxRssKb,
  ...Object.fromEntries(Object.entries(r.steps).map(([k, v]) => [`${k}Seconds`, Number(v.toFixed(3))])),
});

export async function dedupMainFigures(rows: number, seed: number, tmp: string, say: Say): Promise<Figure[]> {
  const label = sizeLabel(rows);
  say(`de-duplication: writing a ${rows.toLocaleString("en-US")}-row corpus with planted duplicates`);
  const c = await writeCorpus(tmp, "dedup", rows, seed);
  const dbFile = join(tmp, "dedup.db");
  await runChild<{ rows: number }>("dedup-child.ts", ["import", c.file], dbFile);
  say("de-duplication: a run on every core, then one on a single thread");
  const all = await runChild<DedupRunResult>("dedup-child.ts", ["run", c.truthPath], dbFile);
  const one = await runChild<DedupRunResult>("dedup-child.ts", ["run", c.truthPath, "0"], dbFile);
  say(
    `  steps (s): ${Object.entries(all.steps)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(", ")}; ${all.candidates.toLocaleString("en-US")} candidate pairs`,
  );
  return [
    timeFigure(`dedup @${label}, all cores`, all.seconds, all.baselineSeconds, TARGET.mainSeconds, stepDetail(all)),
    timeFigure(`dedup @${label}, one thread`, one.seconds, one.baselineSeconds, TARGET.oneThreadSeconds, stepDetail(one)),
    ...scoreFigures(label, all, c.truth),
  ];
}

export async function dedupLargeFigures(rows: number, seed: number, tmp: string, say: Say): Promise<Figure[]> {
  const label = sizeLabel(rows);
  say(
    `de-duplication: writing a ${(rows + INCREMENTAL_ROWS).toLocaleString("en-US")}-row corpus (the last ${INCREMENTAL_ROWS.toLocaleString("en-US")} come later)`,
  );
  const c = await writeCorpus(tmp, "dedup-large", rows + INCREMENTAL_ROWS, seed, rows);
  const dbFile = join(tmp, "dedup-large.db");
  say(`de-duplication: importing ${rows.toLocaleString("en-US")} rows in a child process`);
  await runChild<{ rows: number }>("dedup-child.ts", ["import", c.file], dbFile);
  say("de-duplication: the large run");
  const run = await runChild<DedupRunResult>("dedup-child.ts", ["run", c.truthPath], dbFile);
  say(
    `  steps (s): ${Object.entries(run.steps)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(", ")}`,
  );
  say(`de-duplication: ${INCREMENTAL_ROWS.toLocaleString("en-US")} new rows checked against the stored index`);
  const inc = await runChild<IncrementalResult>("dedup-child.ts", ["incremental", c.later, c.truthPath], dbFile);
  say(
    `  incremental steps: ${Object.entries(inc.steps)
      .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`)
      .join(", ")}`,
  );
  const rssMb = run.maxRssKb / 1024;
  return [
    timeFigure(`dedup @${label}`, run.seconds, run.baselineSeconds, TARGET.largeSeconds, stepDetail(run)),
    {
      figure: `dedup @${label}: peak RSS`,
      value: rssMb,
      unit: "MB",
      baseline: null,
      baselineLabel: "the whole run's process",
      ratio: null,
      target: `≤ ${TARGET.largeRssMb} MB`,
      pass: rssMb <= TARGET.largeRssMb,
    },
    timeFigure(`dedup @${label}: exact-duplicate grouping`, run.steps.exactGrouping, run.baselineSeconds, TARGET.exactGroupingSeconds, { rows: run.rows }),
    ...scoreFigures(label, run, c.truth),
    timeFigure(
      `dedup: incremental check, ${INCREMENTAL_ROWS.toLocaleString("en-US")} new rows against ${label} (index in memory)`,
      inc.seconds,
      inc.baselineSeconds,
      TARGET.incrementalSeconds,
      {
        rows: inc.rows,
        recall: inc.recall,
        expected: inc.expected,
        found: inc.found,
      },
    ),
    // The server keeps the index from the run (or its first check) on; after a restart
    // the first check reads it back once, and this is what that adds.
    timeFigure(`dedup: reading the ${label} index back after a restart`, inc.indexSeconds, inc.baselineSeconds, null, { rows: run.rows }),
  ];
}
