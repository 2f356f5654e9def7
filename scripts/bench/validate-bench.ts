import { rmSync } from "node:fs";
import { join } from "node:path";
import { runChild } from "./child-process";
import { writeCorpusFile } from "./corpus";
import { sizeLabel } from "./figures";
import { costRatio, rateRatio, type Figure } from "./results";
import type { ValidateChildResult } from "./validate-child";

// `tuneset validate` on a seeded corpus file against the least any validator must
// do: read the lines, JSON.parse each, count the tokens of every message's text.
// Both run in one child process (see validate-child.ts), so the peak RSS is the
// validator's alone and not that of the parts of the benchmark before it.

export const TARGET = { ratio: 0.5, rssGrowth: 1.25 } as const;

export async function validateFigures(lines: number, seed: number, tmp: string, say: (message: string) => void): Promise<Figure[]> {
  const label = sizeLabel(lines);
  say(`validate: writing a ${lines.toLocaleString("en-US")}-line corpus (seed ${seed})`);
  const corpus = await writeCorpusFile(join(tmp, "validate.jsonl"), lines, seed);
  say(`validate: ${(corpus.bytes / 1e6).toFixed(0)} MB; checking it, then the bare baseline, in a child process`);
  // The child never opens a database; runChild just wants a path to name.
  const run = await runChild<ValidateChildResult>("validate-child.ts", [corpus.path, String(lines)], join(tmp, "validate-unused.db"));
  rmSync(corpus.path);
  if (run.examples !== lines) throw new Error(`validate saw ${run.examples} examples in a ${lines}-line file`);
  say(`validate: ${run.errors} errors and ${run.warnings} warnings kept; ${run.tokens.toLocaleString("en-US")} tokens, bare ${run.bareTokens.toLocaleString("en-US")} (message text only)`);

  const rate = lines / run.seconds;
  const bareRate = lines / run.bareSeconds;
  const ratio = rateRatio(rate, bareRate);
  const mb = (kb: number) => kb / 1024;
  const rssGrowth = run.maxRssKb / run.tenthRssKb;
  return [
    {
      figure: `validate @${label}`,
      value: rate,
      unit: "lines/s",
      baseline: bareRate,
      baselineLabel: "JSON.parse + o200k of message text",
      ratio,
      target: `ratio ≥ ${TARGET.ratio}`,
      pass: ratio >= TARGET.ratio,
      detail: {
        lines,
        bytes: corpus.bytes,
        seconds: run.seconds,
        cpuSeconds: run.cpuSeconds,
        bareSeconds: run.bareSeconds,
        bareCpuSeconds: run.bareCpuSeconds,
        cpuRatio: run.bareCpuSeconds / run.cpuSeconds,
      },
    },
    {
      figure: `validate @${label}: peak RSS`,
      value: mb(run.maxRssKb),
      unit: "MB",
      baseline: mb(run.tenthRssKb),
      baselineLabel: `same run at ${sizeLabel(run.tenthLines)} lines`,
      ratio: costRatio(mb(run.maxRssKb), mb(run.tenthRssKb)),
      target: `≤ ${TARGET.rssGrowth}× the peak at a tenth`,
      pass: rssGrowth <= TARGET.rssGrowth,
      detail: { maxRssKb: run.maxRssKb, tenthRssKb: run.tenthRssKb, tenthLines: run.tenthLines },
    },
  ];
}
