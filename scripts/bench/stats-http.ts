import { summarise, type Latency } from "./stats";
import { withSignedInApp } from "./app-server";

// The statistics page over HTTP, as a browser gets it: the built app (`next start`) on
// the benchmark's database, signed in, the page rendered on the server with its cached
// figures. Beside it, the same dataset's settings page: the same layout, session check and
// dataset lookup with little else, so the difference is the statistics' own.

export type HttpTiming = { stats: Latency; baseline: Latency } | { skipped: string };

const PORT = Number(process.env.STATS_BENCH_PORT ?? 3290);
const RUNS = 15;

export async function timeStatsPage(databaseFile: string, datasetId: string, admin: { email: string; password: string }): Promise<HttpTiming> {
  return withSignedInApp(databaseFile, admin, PORT, async (get) => {
    const stats = `/datasets/${datasetId}/stats`;
    const settings = `/datasets/${datasetId}/settings`;
    // The first requests compile nothing (the app is built) but warm the server's caches.
    for (let i = 0; i < 3; i++) {
      await get(stats);
      await get(settings);
    }
    const s: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      s.push((await get(stats)).ms);
      b.push((await get(settings)).ms);
    }
    return { stats: summarise(s), baseline: summarise(b) };
  });
}
