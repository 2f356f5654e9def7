// Small timing helpers. Latencies are summarised by median and p95 (not the mean, which
// one GC pause would skew); throughputs take the best of a few rounds, since on a shared
// 2-core machine noise only ever makes a run slower.

export const seconds = (since: number) => (performance.now() - since) / 1000;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least p of the samples at or below it.
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1];
}

export type Latency = { medianMs: number; p95Ms: number; runs: number };

export const summarise = (ms: readonly number[]): Latency => ({
  medianMs: percentile(ms, 0.5),
  p95Ms: percentile(ms, 0.95),
  runs: ms.length,
});

/**
 * Times contenders in turns (A, B, A, B, ...) so a burst of load from another process
 * lands on both rather than on whichever ran second. Returns milliseconds per run.
 */
export async function timeInTurns(runs: number, warmup: number, contenders: ReadonlyArray<() => unknown>): Promise<number[][]> {
  const samples = contenders.map(() => [] as number[]);
  for (let i = 0; i < warmup + runs; i++) {
    for (let c = 0; c < contenders.length; c++) {
      const start = performance.now();
      await contenders[c]();
      if (i >= warmup) samples[c].push(performance.now() - start);
    }
  }
  return samples;
}

export const bestOf = (values: readonly number[]) => Math.min(...values);
