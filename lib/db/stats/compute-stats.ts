import type Database from "better-sqlite3";
import type { ConversationFilter } from "../../validation/conversation-filter";
import { STATUSES } from "../../validation/statuses";
import { resolveModel } from "../../models/fine-tunable-models";
import { histogramEdges, withEdge } from "../../stats/histogram-bins";
import { share, type DatasetStats, type Histogram, type HistogramBin } from "../../stats/stats-types";
import { statsSource, type StatsSource } from "./stats-source";
import { facetCounts, type FacetRow } from "./stats-facets";
import { binCounts, countAbove, valueRange, type CountedColumn } from "./stats-histograms";
import { labelBalance } from "./label-balance";
import { DECIDED, reviewProgress } from "./review-progress";
import { systemPromptTexts } from "./system-prompt-text";
import type { DatasetScope } from "../scope";

// Every figure of the statistics page for one dataset and filter, from SQL alone.
// Runs inside one read transaction (the caller's), so all figures describe the same
// moment even while imports and reviews carry on.

export function computeStats(db: Database.Database, scope: DatasetScope, targetModel: string, f: ConversationFilter): DatasetStats {
  const { datasetId } = scope;
  const started = performance.now();
  const src = statsSource(db, scope, f);
  try {
    const facets = facetCounts(db, src);
    const of = (facet: FacetRow["facet"]) => facets.filter((r) => r.facet === facet);
    const total = of("status").reduce((sum, r) => sum + r.n, 0);
    const pendingChecks = of("status").reduce((sum, r) => sum + r.unchecked, 0);
    const present = of("status").map((r) => String(r.value));
    const model = resolveModel(targetModel);
    const limit = model?.maxTokensPerExample;

    const tokens = histogram(db, src, "tokens", present, total, limit);
    const { labels, labelled } = labelBalance(db, datasetId, src);
    const languageRows = of("language");
    const noLanguage = languageRows.find((r) => r.value === null);
    const prompts = of("system").filter((r) => r.value !== null);
    const none = of("system").find((r) => r.value === null);
    const rest = of("system_rest")[0];
    const texts = systemPromptTexts(
      db,
      datasetId,
      prompts.map((p) => String(p.value)),
    );
    const topRecords = prompts.reduce((sum, p) => sum + p.n, 0);

    return {
      total,
      pendingChecks,
      statuses: STATUSES.map((status) => ({ status, ...share(of("status").find((r) => r.value === status)?.n ?? 0, total) })).filter(
        (s) => s.count > 0 || s.status !== "duplicate",
      ) as DatasetStats["statuses"],
      labels: labels.map((l) => ({ name: l.name, color: l.color, ...share(l.n, total) })),
      labelled,
      languages: languageRows
        .filter((r) => r.value !== null)
        .map((r) => ({ code: String(r.value), ...share(r.n, total) }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      noLanguage: { unchecked: noLanguage?.unchecked ?? 0, undetected: (noLanguage?.n ?? 0) - (noLanguage?.unchecked ?? 0) },
      systemPrompts: {
        top: prompts.map((p) => ({ hash: String(p.value), text: texts.get(String(p.value)) ?? "", ...share(p.n, total) })),
        none: share((none?.n ?? 0) - (none?.unchecked ?? 0), total),
        unchecked: none?.unchecked ?? 0,
        otherPrompts: Math.max(0, Number(rest?.value ?? 0) - prompts.length),
        otherRecords: Math.max(0, (rest?.n ?? 0) - topRecords),
      },
      tokens,
      assistantTokens: histogram(db, src, "assistantTokens", present, total),
      turns: turnsHistogram(of("turns"), total),
      limit: model && limit ? { model: model.id, maxTokensPerExample: limit, over: countAbove(db, src, "tokens", limit, present) } : null,
      review: reviewProgress(db, datasetId, src, decidedCount(of("status"))),
      computedAt: new Date().toISOString(),
      computeMs: Math.round(performance.now() - started),
    };
  } finally {
    src.release();
  }
}

/** Records now approved, rejected or sent back for changes. */
function decidedCount(statusRows: FacetRow[]): number {
  return statusRows.filter((r) => (DECIDED as readonly unknown[]).includes(r.value)).reduce((sum, r) => sum + r.n, 0);
}

/** Bins over the counted range; with a limit inside it, one edge sits just past the limit so "over the limit" is whole bars. */
function histogram(db: Database.Database, src: StatsSource, column: CountedColumn, statuses: string[], total: number, limit?: number): Histogram {
  const { min, max } = valueRange(db, src, column, statuses);
  if (min === null || max === null) return { bins: [], counted: 0, missing: total, min: null, max: null };
  const edges = limit === undefined ? histogramEdges(min, max) : withEdge(histogramEdges(min, max), limit + 1);
  const bins = binCounts(db, src, column, edges, statuses);
  const counted = bins.reduce((sum, b) => sum + b.count, 0);
  return { bins, counted, missing: total - counted, min, max };
}

/** Turns have few distinct values, already counted one by one with the other facets: they only need binning. */
function turnsHistogram(rows: FacetRow[], total: number): Histogram {
  if (!rows.length) return { bins: [], counted: 0, missing: total, min: null, max: null };
  const values = rows.map((r) => Number(r.value));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const edges = histogramEdges(min, max);
  const bins: HistogramBin[] = edges.slice(1).map((hi, i) => ({ min: edges[i], max: hi, count: 0 }));
  for (const r of rows) bins.find((b) => Number(r.value) >= b.min && Number(r.value) < b.max)!.count += r.n;
  return { bins, counted: total, missing: 0, min, max };
}
