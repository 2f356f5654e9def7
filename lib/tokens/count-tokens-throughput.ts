import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { countRecordTokens } from "./count-tokens";
import { isBag } from "./count-message-tokens";
import type { TokenEncoding } from "./token-encoders";

// A throughput check, not a test: how much countRecordTokens costs over the bare
// tokenizer on the same text. Run: npx tsx lib/tokens/count-tokens-throughput.ts [file.jsonl] [repeat]

type Library = {
  countTokens(text: string): number;
  encode(text: string): number[];
};

export type ThroughputResult = {
  records: number;
  /** Tokens of the message strings alone, the numerator of every rate below. */
  textTokens: number;
  recordTokensPerSecond: number;
  libraryCountTokensPerSecond: number;
  libraryEncodeTokensPerSecond: number;
  /** countRecordTokens speed over the library's countTokens on the same strings. */
  ratio: number;
};

// The baseline gets the strings handed to it already extracted, so it pays no
// traversal; only plain-string chat records are meaningful here.
function messageStrings(records: readonly unknown[]): string[] {
  const strings: string[] = [];
  for (const record of records) {
    if (!isBag(record) || !Array.isArray(record.messages)) continue;
    for (const message of record.messages) {
      if (!isBag(message)) continue;
      for (const key in message) {
        const value = message[key];
        if (typeof value === "string" && key !== "tool_call_id") strings.push(value);
      }
    }
  }
  return strings;
}

// Best of several rounds, the contenders taking turns within each round, so a
// burst of load from other processes or the warming of the library's merge
// cache and the JIT does not favour whoever happens to run later.
function bestSeconds(rounds: number, contenders: Array<() => void>): number[] {
  const best = contenders.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    contenders.forEach((work, i) => {
      const start = process.hrtime.bigint();
      work();
      best[i] = Math.min(best[i], Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return best;
}

export function measureCountThroughput(
  records: readonly unknown[],
  encoding: TokenEncoding,
  rounds = 7,
): ThroughputResult {
  const library = createRequire(import.meta.url)(`gpt-tokenizer/encoding/${encoding}`) as Library;
  const strings = messageStrings(records);
  let textTokens = 0;
  for (const s of strings) textTokens += library.countTokens(s);

  let sink = 0; // keeps the work observable so nothing is optimised away
  const [recordSeconds, countSeconds, encodeSeconds] = bestSeconds(rounds, [
    () => {
      for (const r of records) sink += countRecordTokens(r, encoding).total;
    },
    () => {
      for (const s of strings) sink += library.countTokens(s);
    },
    () => {
      for (const s of strings) sink += library.encode(s).length;
    },
  ]);
  if (sink < 0) throw new Error("unreachable");

  return {
    records: records.length,
    textTokens,
    recordTokensPerSecond: textTokens / recordSeconds,
    libraryCountTokensPerSecond: textTokens / countSeconds,
    libraryEncodeTokensPerSecond: textTokens / encodeSeconds,
    ratio: countSeconds / recordSeconds,
  };
}

function main(): void {
  const file = process.argv[2] ?? "../shared/data/public/gsm8k-chat-train.jsonl";
  const repeat = Number(process.argv[3] ?? 3);
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "");
  const once = lines.map((line) => JSON.parse(line) as unknown);
  const records = Array.from({ length: repeat }, () => once).flat();
  for (const encoding of ["o200k_base", "cl100k_base"] as const) {
    const r = measureCountThroughput(records, encoding);
    const rate = (n: number) => `${(n / 1e6).toFixed(2)}M tok/s`;
    console.log(
      `${encoding}: ${r.records} records, ${r.textTokens} text tokens | countRecordTokens ${rate(r.recordTokensPerSecond)}` +
        ` | library countTokens ${rate(r.libraryCountTokensPerSecond)} | library encode ${rate(r.libraryEncodeTokensPerSecond)}` +
        ` | ratio ${r.ratio.toFixed(2)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
