import { join } from "node:path";
import { runChild } from "./child-process";
import { latencyFigure, type Figure } from "./results";
import { sizeLabel } from "./figures";
import type { Latency } from "./stats";
import type { StatsChildResult } from "./stats-child";
import { timeStatsPage } from "./stats-http";

// The statistics page at scale: a dataset written straight into the tables with
// realistic lengths, statuses, languages, system prompts, labels and review history
// (stats-dataset.ts), then getDatasetStats cold (nothing cached), warm (cached figures
// still valid) and cold under a status and a label filter, each beside a bare count of
// the dataset's records in the same process; then the page itself over HTTP when the
// app is built.

export const STATS_TARGET_MS = 300;

type Say = (message: string) => void;

const latencyRow = (figure: string, latency: Latency, baseline: Latency, baselineLabel: string, target: boolean): Figure =>
  latencyFigure({ figure, latency, baseline, baselineLabel, targetMs: target ? STATS_TARGET_MS : null });

export async function statsFigures(rows: number, seed: number, tmp: string, say: Say): Promise<Figure[]> {
  const label = sizeLabel(rows);
  const file = join(tmp, "stats.db");
  say(`statistics: writing a ${rows.toLocaleString("en-US")}-record dataset and timing getDatasetStats in a child process`);
  const r = await runChild<StatsChildResult>("stats-child.ts", [String(rows), String(seed)], file);
  say(
    `statistics: dataset written in ${r.fill.seconds.toFixed(0)} s (${r.fill.revisions.toLocaleString("en-US")} revisions); one cold computation took ${r.computeMs} ms`,
  );
  const bare = "bare count(*) of the dataset";
  const figures = [
    latencyRow(`statistics @${label}: cached (warm)`, r.warm, r.baseline, bare, true),
    latencyRow(`statistics @${label}: nothing cached (cold)`, r.cold, r.baseline, bare, false),
    latencyRow(`statistics @${label}: status=approved, cold`, r.approvedCold, r.baseline, bare, false),
    latencyRow(`statistics @${label}: label=billing, cold`, r.labelCold, r.baseline, bare, false),
  ];
  say("statistics: the page over HTTP (next start)");
  const http = await timeStatsPage(file, r.datasetId, r.admin);
  if ("skipped" in http) say(`statistics: HTTP timing skipped: ${http.skipped}`);
  else figures.push(latencyRow(`statistics page over HTTP @${label}, cached`, http.stats, http.baseline, "GET of the dataset's settings page", true));
  return figures;
}
