import type { ImportChildResult } from "./import-child";
import type { ExportRun } from "./export-bench";
import type { PostImportRun } from "./post-import-bench";
import type { TokenRun } from "./token-bench";
import { costRatio, rateRatio, type Figure } from "./results";

// The targets, and how each measurement becomes a row of the table.

export const TARGET = { importRatio: 0.5, peakRssMb: 500, exportMbPerSecond: 100 } as const;

export function sizeLabel(n: number): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

type Rate = { rows: number; seconds: number };
const perSecond = (r: Rate) => r.rows / r.seconds;

type Timed = Rate & { cpuSeconds: number };

export function importFigure(label: string, app: Timed, bare: Timed): Figure {
  const ratio = rateRatio(perSecond(app), perSecond(bare));
  return {
    figure: `import @${label}`,
    value: perSecond(app),
    unit: "rows/s",
    baseline: perSecond(bare),
    baselineLabel: "bare insert, 1 txn",
    ratio,
    target: `ratio ≥ ${TARGET.importRatio}`,
    pass: ratio >= TARGET.importRatio,
    detail: {
      rows: app.rows,
      seconds: app.seconds,
      cpuSeconds: app.cpuSeconds,
      bareSeconds: bare.seconds,
      bareCpuSeconds: bare.cpuSeconds,
      cpuRatio: bare.cpuSeconds / app.cpuSeconds,
    },
  };
}

export function postImportFigures(label: string, app: PostImportRun, bare: { fts: number; tokens: number }): Figure[] {
  const row = (name: string, value: number, baseline: number, baselineLabel: string): Figure => ({
    figure: `post-import @${label}: ${name}`,
    value,
    unit: "s",
    baseline,
    baselineLabel,
    ratio: costRatio(value, baseline),
    target: null,
    pass: null,
  });
  return [
    row("search index (FTS)", app.ftsSeconds, bare.fts, "one INSERT…SELECT"),
    row("token counts", app.tokenSeconds, bare.tokens, "gpt-tokenizer + 1 txn"),
    row("total (runBackgroundWorkUntilIdle)", app.totalSeconds, bare.fts + bare.tokens, "sum of the two"),
  ];
}

export function exportFigure(label: string, run: ExportRun): Figure {
  return {
    figure: `export approved @${label} (${run.records.toLocaleString("en-US")} records)`,
    value: run.mbPerSecond,
    unit: "MB/s",
    baseline: run.bareMbPerSecond,
    baselineLabel: "bare iterate of bodies",
    ratio: rateRatio(run.mbPerSecond, run.bareMbPerSecond),
    target: `≥ ${TARGET.exportMbPerSecond} MB/s`,
    pass: run.mbPerSecond >= TARGET.exportMbPerSecond,
    detail: { records: run.records, bytes: run.bytes },
  };
}

export function tokenFigure(run: TokenRun): Figure {
  return {
    figure: `countRecordTokens o200k (${run.records.toLocaleString("en-US")} records)`,
    value: run.tokensPerSecond,
    unit: "tokens/s",
    baseline: run.bareTokensPerSecond,
    baselineLabel: "gpt-tokenizer countTokens",
    ratio: rateRatio(run.tokensPerSecond, run.bareTokensPerSecond),
    target: null,
    pass: null,
    detail: { records: run.records, textTokens: run.textTokens },
  };
}

export function largeImportFigures(label: string, app: ImportChildResult, bare: ImportChildResult, bareInsert: Rate, bareLabel: string): Figure[] {
  const mb = (kb: number) => kb / 1024;
  return [
    {
      figure: `import @${label}: peak RSS`,
      value: mb(app.maxRssKb),
      unit: "MB",
      baseline: mb(bare.maxRssKb),
      baselineLabel: "same process, lines only",
      ratio: costRatio(mb(app.maxRssKb), mb(bare.maxRssKb)),
      target: `< ${TARGET.peakRssMb} MB`,
      pass: mb(app.maxRssKb) < TARGET.peakRssMb,
      detail: { rows: app.rows, maxRssKb: app.maxRssKb, baselineMaxRssKb: bare.maxRssKb },
    },
    {
      figure: `import @${label}`,
      value: perSecond(app),
      unit: "rows/s",
      baseline: perSecond(bareInsert),
      baselineLabel: `bare insert @${bareLabel}`,
      ratio: rateRatio(perSecond(app), perSecond(bareInsert)),
      target: null,
      pass: null,
      detail: { rows: app.rows, seconds: app.seconds, lineStreamSeconds: bare.seconds },
    },
  ];
}
