import { join } from "node:path";
import { runChild } from "./child-process";
import { withSignedInApp } from "./app-server";
import { costRatio, latencyFigure, type Figure } from "./results";
import { summarise } from "./stats";
import type { HugePageChildResult } from "./huge-page-child";

// "Conversation page of a 10 MB record, server time": the built app's page for one valid
// 10 MB line, in turns with the page of an ordinary record in the same dataset (the same
// layout, session check, revisions, checks and panels, with little text), so the ratio is
// what the record's size still costs. Its HTML is measured beside the ordinary page's.

export const HUGE_PAGE_TARGET_MS = 1000;
export const HUGE_PAGE_TARGET_KB = 500;

const PORT = Number(process.env.HUGE_BENCH_PORT ?? 3291);
const RUNS = 7;
const WARMUP = 2;

type Say = (message: string) => void;

export async function hugePageFigures(seed: number, tmp: string, say: Say): Promise<Figure[]> {
  const file = join(tmp, "huge.db");
  say("huge record: importing one ordinary line and one valid 10 MB line, and checking them (child process)");
  const data = await runChild<HugePageChildResult>("huge-page-child.ts", [String(seed)], file);
  say(
    `huge record: ${(data.hugeBytes / 1e6).toFixed(1)} MB line imported; timing its page over HTTP (next start), ${RUNS} runs in turns with an ordinary record's page`,
  );
  const timing = await withSignedInApp(file, data.admin, PORT, async (get) => {
    const huge: { ms: number; bytes: number }[] = [];
    const small: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const h = await get(`/conversations/${data.huge}`);
      const s = await get(`/conversations/${data.small}`);
      if (i >= WARMUP) {
        huge.push(h);
        small.push(s);
      }
    }
    return { huge, small };
  });
  if ("skipped" in timing) {
    say(`huge record: HTTP timing skipped: ${timing.skipped}`);
    return [];
  }
  const h = summarise(timing.huge.map((r) => r.ms));
  const s = summarise(timing.small.map((r) => r.ms));
  const kb = timing.huge[0].bytes / 1024;
  const baselineKb = timing.small[0].bytes / 1024;
  return [
    latencyFigure({
      figure: "conversation page of a 10 MB record, server time",
      latency: h,
      baseline: s,
      baselineLabel: "an ordinary record's page",
      targetMs: HUGE_PAGE_TARGET_MS,
      digits: 0,
      detail: { baselineP95Ms: s.p95Ms, recordBytes: data.hugeBytes },
    }),
    {
      figure: "conversation page of a 10 MB record, HTML size",
      value: kb,
      unit: "KB",
      baseline: baselineKb,
      baselineLabel: "an ordinary record's page",
      ratio: costRatio(kb, baselineKb),
      target: `≤ ${HUGE_PAGE_TARGET_KB} KB`,
      pass: kb <= HUGE_PAGE_TARGET_KB,
      detail: { bytes: timing.huge[0].bytes, baselineBytes: timing.small[0].bytes },
    },
  ];
}
