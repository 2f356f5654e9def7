import { rmSync } from "node:fs";
import { join } from "node:path";
import { runChild } from "./child-process";
import { writeCorpusFile } from "./corpus";
import { sizeLabel } from "./figures";
import { costRatio, rateRatio, type Figure } from "./results";
import type { ValidateChildResult } from "./validate-child";

// `tuneset validate` on a seeded corpus file against the least any validator must
// do: read the lines, JSON.parse each, count the tokens of every message's text.
// Both run in one child process (see validate-child.ts), so its memory is not
// that of the parts of the benchmark before it.

export const TARGET = { ratio: 0.5, rssGrowth: 1.25 } as const;

export async function validateFigures(lines: number, seed: number, tmp: string, say: (message: string) => void): Promise<Figure[]> {
  const label = sizeLabel(lines);
  say(`validate: writing a ${lines.toLocaleString("en-US")}-line corpus (seed ${seed})`);
  const corpus = await writeCorpusFile(join(tmp, "validate.jsonl"), lines, seed);
  say(`validate: ${(corpus.bytes / 1e6).toFixed(0)} MB; the bare baseline, the check, the baseline again, in a child process`);
  // The child never opens a database; runChild just wants a path to name.
  const run = await runChild<ValidateChildResult>("validate-child.ts", [corpus.path, String(lines)], join(tmp, "validate-unused.db"));
  rmSync(corpus.path);
  if (run.examples !== lines) throw new Error(`validate saw ${run.examples} examples in a ${lines}-line file`);
  say(
    `validate: ${run.errors} errors and ${run.warnings} warnings kept; ${run.tokens.toLocaleString("en-US")} tokens, bare ${run.bareTokens.toLocaleString("en-US")} (message text only)`,
  );
  say(`validate: process peak RSS ${(run.maxRssKb / 1024).toFixed(0)} MB (baseline runs included)`);

  const rate = lines / run.seconds;
  const bareRate = lines / run.bareSeconds;
  const ratio = rateRatio(rate, bareRate);
  const cpuRate = lines / run.cpuSeconds;
  const bareCpuRate = lines / run.bareCpuSeconds;
  const cpuRatio = rateRatio(cpuRate, bareCpuRate);
  const mb = (kb: number) => kb / 1024;
  const rssGrowth = run.rssKb / run.tenthRssKb;
  return [
    {
      figure: `validate @${label}`,
      value: rate,
      unit: "lines/s",
      baseline: bareRate,
      baselineLabel: "JSON.parse + o200k of message text, mean of runs before and after",
      ratio,
      target: `ratio ≥ ${TARGET.ratio}`,
      pass: ratio >= TARGET.ratio,
      detail: { lines, bytes: corpus.bytes, seconds: run.seconds, bareSeconds: run.bareSeconds },
    },
    // Wall time is at the mercy of whoever else uses the machine during one of the
    // runs; CPU time moves much less, so the same target is shown on it too.
    {
      figure: `validate @${label}, on CPU time`,
      value: cpuRate,
      unit: "lines/CPU-s",
      baseline: bareCpuRate,
      baselineLabel: "the same baseline, on CPU time",
      ratio: cpuRatio,
      target: `ratio ≥ ${TARGET.ratio}`,
      pass: cpuRatio >= TARGET.ratio,
      detail: { lines, cpuSeconds: run.cpuSeconds, bareCpuSeconds: run.bareCpuSeconds },
    },
    {
      figure: `validate @${label}: peak RSS`,
      value: mb(run.rssKb),
      unit: "MB",
      baseline: mb(run.tenthRssKb),
      baselineLabel: `same run up to ${sizeLabel(run.tenthLines)} lines`,
      ratio: costRatio(mb(run.rssKb), mb(run.tenthRssKb)),
      target: `≤ ${TARGET.rssGrowth}× the peak at a tenth`,
      pass: rssGrowth <= TARGET.rssGrowth,
      detail: { rssKb: run.rssKb, tenthRssKb: run.tenthRssKb, tenthLines: run.tenthLines, processMaxRssKb: run.maxRssKb },
    },
  ];
}
