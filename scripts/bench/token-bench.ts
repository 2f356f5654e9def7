import { countRecordTokens } from "../../lib/tokens/count-tokens";
import { bareCountTokens } from "./bare-tokenizer";
import { corpusRecords } from "./corpus";
import { modelVisibleStrings } from "./message-strings";
import { bestOf, seconds } from "./stats";

// countRecordTokens over parsed corpus records against gpt-tokenizer counting the same
// strings, pre-extracted. Both rates use one numerator, the tokens of those strings, so
// the ratio is purely the cost of walking records and adding the notebook's overheads,
// less what memoising repeated system prompts and tool definitions saves.

const ROUNDS = 5;

export type TokenRun = { records: number; textTokens: number; tokensPerSecond: number; bareTokensPerSecond: number };

export function benchTokenCounting(count: number, seed: number): TokenRun {
  const records = corpusRecords(count, seed);
  const strings = records.flatMap((r) => modelVisibleStrings(r));
  let textTokens = 0;
  for (const s of strings) textTokens += bareCountTokens(s);
  let recordTokens = 0;
  for (const r of records) recordTokens += countRecordTokens(r, "o200k_base").total;
  // Totals add per-message overheads to the same strings, so they can only be larger.
  if (recordTokens < textTokens) throw new Error("countRecordTokens counted fewer tokens than the record's strings hold");

  let sink = 0; // keeps the results live so the work cannot be optimised away
  const appSeconds: number[] = [];
  const bareSeconds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    for (const r of records) sink += countRecordTokens(r, "o200k_base").total;
    appSeconds.push(seconds(started));
    started = performance.now();
    for (const s of strings) sink += bareCountTokens(s);
    bareSeconds.push(seconds(started));
  }
  if (sink < 0) throw new Error("unreachable");
  return {
    records: records.length,
    textTokens,
    tokensPerSecond: textTokens / bestOf(appSeconds),
    bareTokensPerSecond: textTokens / bestOf(bareSeconds),
  };
}
