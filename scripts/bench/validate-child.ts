import { createReadStream } from "node:fs";
import { splitLines } from "../../lib/import/split-lines";
import { DEFAULT_TARGET_MODEL, resolveModel } from "../../lib/models/fine-tunable-models";
import { validateFile } from "../../lib/preflight/validate-file";
import { bareCountTokens } from "./bare-tokenizer";
import { reportToParent } from "./child-process";

// Runs `tuneset validate`'s function on one file, then the bare baseline on the
// same file, in one process. Validation runs first so the peak RSS it reports is
// its own; the baseline then starts with gpt-tokenizer's merge cache warm, which
// can only flatter the baseline. Peak RSS is read at a tenth of the file and at
// its end: flat memory means the two are close.
// Run by validate-bench.ts as: node --import tsx validate-child.ts FILE LINES

export type ValidateChildResult = {
  lines: number;
  seconds: number;
  cpuSeconds: number;
  bareSeconds: number;
  bareCpuSeconds: number;
  bareTokens: number;
  /** Peak RSS once a tenth of the lines were checked, and at the end. */
  tenthLines: number;
  tenthRssKb: number;
  maxRssKb: number;
  examples: number;
  errors: number;
  warnings: number;
  tokens: number;
};

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** Reads the file line by line, parses each line and counts the text of every message: no checks. */
async function bare(file: string): Promise<number> {
  let tokens = 0;
  for await (const { text } of splitLines(createReadStream(file, { highWaterMark: 1 << 20 }))) {
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

  let tenthLines = 0;
  let tenthRssKb = 0;
  const onProgress = (read: number) => {
    if (tenthLines === 0 && read >= lines / 10) {
      tenthLines = read;
      tenthRssKb = process.resourceUsage().maxRSS;
    }
  };
  let cpu = process.cpuUsage();
  let started = performance.now();
  const report = await validateFile(file, { model, onProgress });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu);
  const maxRssKb = process.resourceUsage().maxRSS;

  cpu = process.cpuUsage();
  started = performance.now();
  const bareTokens = await bare(file);
  const bareSeconds = (performance.now() - started) / 1000;

  reportToParent({
    lines,
    seconds,
    cpuSeconds,
    bareSeconds,
    bareCpuSeconds: cpuSince(cpu),
    bareTokens,
    tenthLines,
    tenthRssKb,
    maxRssKb,
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
