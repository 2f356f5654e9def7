import { createReadStream } from "node:fs";
import { splitLines } from "../../lib/imports/split-lines";
import { DEFAULT_TARGET_MODEL, resolveModel } from "../../lib/models/fine-tunable-models";
import { validateFile } from "../../lib/preflight/validate-file";
import { bareCountTokens } from "./bare-tokenizer";
import { reportToParent } from "./child-process";

// Runs `tuneset validate`'s function on one file between two runs of the bare
// baseline on the same file, in one process, after an untimed warm-up. The
// machine is shared: a load that rises or falls during the run then weighs on
// both sides alike (the baseline figure is the mean of its two runs). Memory is
// sampled while the validator runs, at every progress report: flat memory means
// the figure at a tenth of the file and the one at its end are close.
// Run by validate-bench.ts as: node --import tsx validate-child.ts FILE LINES

export type ValidateChildResult = {
  lines: number;
  seconds: number;
  cpuSeconds: number;
  /** The mean of the baseline's two runs. */
  bareSeconds: number;
  bareCpuSeconds: number;
  bareTokens: number;
  /** Highest RSS sampled while validating, up to a tenth of the lines and in all. */
  tenthLines: number;
  tenthRssKb: number;
  rssKb: number;
  /** The process's peak RSS (including the baseline's runs). */
  maxRssKb: number;
  examples: number;
  errors: number;
  warnings: number;
  tokens: number;
};

const WARM_UP_LINES = 10_000;

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** Reads the file line by line, parses each line and counts the text of every message: no checks. */
async function bare(file: string, limit = Infinity): Promise<number> {
  let tokens = 0;
  for await (const { line, text } of splitLines(createReadStream(file, { highWaterMark: 1 << 20 }))) {
    if (line > limit) break;
    let record: { messages?: unknown };
    try {
      record = JSON.parse(text);
    } catch {
      continue;
    }
    if (!Array.isArray(record?.messages)) continue;
    for (const m of record.messages as Array<{ content?: unknown } | null>) {
      const content = m?.content;
      if (typeof content === "string") tokens += bareCountTokens(content);
      else if (Array.isArray(content)) for (const part of content) if (typeof part?.text === "string") tokens += bareCountTokens(part.text);
    }
  }
  return tokens;
}

async function main() {
  const [file, linesArg] = process.argv.slice(2);
  const lines = Number(linesArg);
  if (!file || !Number.isInteger(lines)) throw new Error("usage: validate-child.ts FILE LINES");
  const model = resolveModel(DEFAULT_TARGET_MODEL);
  if (!model) throw new Error(`${DEFAULT_TARGET_MODEL} is not in the model table`);

  const bareRun = async () => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const tokens = await bare(file);
    return { tokens, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSince(cpu) };
  };
  // gpt-tokenizer keeps a cache of merged chunks; whichever side ran first would pay for filling it.
  await bare(file, WARM_UP_LINES);
  const before = await bareRun();

  let tenthLines = 0;
  let tenthRssKb = 0;
  let rssKb = 0;
  const sample = (read: number) => {
    rssKb = Math.max(rssKb, process.memoryUsage.rss() / 1024);
    if (tenthLines === 0 && read >= lines / 10) {
      tenthLines = read;
      tenthRssKb = rssKb;
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await validateFile(file, { model, onProgress: sample });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu);
  sample(lines);

  const after = await bareRun();
  if (after.tokens !== before.tokens) throw new Error("the baseline counted different tokens on its two runs");

  reportToParent({
    lines,
    seconds,
    cpuSeconds,
    bareSeconds: (before.seconds + after.seconds) / 2,
    bareCpuSeconds: (before.cpuSeconds + after.cpuSeconds) / 2,
    bareTokens: before.tokens,
    tenthLines,
    tenthRssKb,
    rssKb,
    maxRssKb: process.resourceUsage().maxRSS,
    examples: report.examples,
    errors: report.errors.length,
    warnings: report.warnings.length,
    tokens: report.tokens.total,
  } satisfies ValidateChildResult);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
