import { sqlite } from "../client";
import { notFound } from "../../errors";
import { exportWhere } from "../conversations/export-conversations";
import { readThrough } from "../stats/figure-cache";
import { statsFingerprint } from "../stats/stats-fingerprint";
import type { ExportRequest } from "../../validation/export-request";
import { filterQueryString } from "../../validation/filter-query";
import { DEFAULT_TARGET_MODEL, defaultEpochs, resolveModel, trainingCostUsd, type FineTunableModel } from "../../models/fine-tunable-models";
import { isFindingCode, severityOf, type Finding, type FindingCode } from "../../preflight/codes";
import type { CodeSummary, DatasetPreflight, TokenBudget } from "../../preflight/dataset-report";
import { setFindings } from "../../preflight/set-findings";

export type { DatasetPreflight };
import { splitKinds } from "../../quality/kinds";
import { quantileIndex } from "../../quality/outliers";
import type { DatasetScope } from "../scope";

// The pre-flight check of what an export would write, worked out by SQL from the
// findings the background pass stored on each record: counts per code with the
// first records of each, the set-level rules, and the token budget and cost. The
// dataset page, its API route and the launch dialog read the same figures. They are
// cached beside the statistics, under the same fingerprint plus the label-share
// setting, because the dataset page shows them on every view.

const SAMPLES_PER_CODE = 5;

export async function datasetPreflight(scope: DatasetScope, req: ExportRequest): Promise<DatasetPreflight> {
  const { datasetId } = scope;
  const db = sqlite();
  const dataset = db.prepare(`SELECT targetModel, labelShareLimit FROM Dataset WHERE id = ?`).get(datasetId) as
    { targetModel: string; labelShareLimit: number } | undefined;
  if (!dataset) throw notFound(`Dataset ${datasetId}`);
  const { status, allowErrors: _allowErrors, ...filter } = req;
  const key = `preflight:status=${status}&${filterQueryString(filter)}`;
  const fingerprint = () => {
    const fp = statsFingerprint(db, datasetId, filter);
    return fp && { ...fp, value: `${fp.value}|${dataset.labelShareLimit}` };
  };
  return readThrough(db, datasetId, key, fingerprint, () => computePreflight(scope, req, dataset));
}

function computePreflight(scope: DatasetScope, req: ExportRequest, dataset: { targetModel: string; labelShareLimit: number }): DatasetPreflight {
  const model = resolveModel(dataset.targetModel) ?? resolveModel(DEFAULT_TARGET_MODEL)!;
  const where = exportWhere(scope, req);
  const db = sqlite();
  const rows = `FROM Conversation c WHERE ${where.sql} AND c.kind != 'invalid'`;

  const head = db
    .prepare(
      `SELECT count(*) AS examples, sum(c.checkedAt IS NULL) AS pending, sum(c.errorCount > 0) AS withErrors,
              count(DISTINCT c.contentHash) AS distinctHashes, count(c.contentHash) AS hashed
       ${rows}`,
    )
    .get(...where.params) as { examples: number; pending: number | null; withErrors: number | null; distinctHashes: number; hashed: number };

  const invalidLines = db
    .prepare(`SELECT count(*) FROM Conversation c WHERE ${where.sql} AND c.kind = 'invalid'`)
    .pluck()
    .get(...where.params) as number;
  const codes = codeSummaries(rows, where.params);
  const labels = db
    .prepare(
      `SELECT l.name AS name, count(*) AS count FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId
       WHERE cl.conversationId IN (SELECT c.id ${rows}) GROUP BY l.name ORDER BY count DESC`,
    )
    .all(...where.params) as { name: string; count: number }[];
  const duplicateSamples = db
    .prepare(
      `SELECT min(c.id) AS first, max(c.id) AS other, count(*) AS n ${rows} AND c.contentHash IS NOT NULL
       GROUP BY c.contentHash HAVING count(*) > 1 ORDER BY first LIMIT ${SAMPLES_PER_CODE}`,
    )
    .all(...where.params) as { first: number; other: number; n: number }[];

  // An empty selection has nothing to judge (the panel says so); the set rules start at one example.
  const set =
    head.examples === 0
      ? []
      : setFindings({
          examples: head.examples,
          duplicates: head.hashed - head.distinctHashes,
          duplicateSamples: duplicateSamples.map((d) => ({ id: d.other, firstId: d.first })),
          labels,
          labelShareLimit: dataset.labelShareLimit,
        });
  const tokens = tokenBudget(rows, where.params, model, head.examples);
  const recordErrors = codes.filter((c) => c.severity === "error").reduce((n, c) => n + c.records, 0);
  return {
    model: {
      id: model.id,
      maxTokensPerExample: model.maxTokensPerExample,
      encoding: model.encoding,
      trainingUsdPer1MTokens: model.trainingUsdPer1MTokens,
      priceAsOf: model.priceAsOf,
    },
    examples: head.examples,
    pending: head.pending ?? 0,
    invalidLines,
    recordsWithErrors: head.withErrors ?? 0,
    codes,
    set,
    tokens,
    errors: recordErrors + set.filter((f) => f.severity === "error").length,
  };
}

function codeSummaries(rows: string, params: unknown[]): CodeSummary[] {
  const db = sqlite();
  // Few distinct combinations of codes exist, so grouping by the stored list is cheap.
  const combos = db.prepare(`SELECT c.findingCodes AS codes, count(*) AS n ${rows} AND c.findingCodes != '' GROUP BY c.findingCodes`).all(...params) as {
    codes: string;
    n: number;
  }[];
  const counts = new Map<FindingCode, number>();
  for (const { codes, n } of combos) {
    for (const code of splitKinds(codes)) if (isFindingCode(code)) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  const samples = db.prepare(`SELECT c.id, c.sourceLine, c.findings ${rows} AND c.findingCodes LIKE ? ORDER BY c.id LIMIT ${SAMPLES_PER_CODE}`);
  return [...counts]
    .map(([code, records]) => ({
      code,
      severity: severityOf(code),
      records,
      samples: (samples.all(...params, `%,${code},%`) as { id: number; sourceLine: number | null; findings: string | null }[]).map((row) => {
        const finding = (JSON.parse(row.findings ?? "[]") as Finding[]).find((f) => f.code === code);
        return { id: row.id, sourceLine: row.sourceLine, path: finding?.path ?? "", message: finding?.message ?? "" };
      }),
    }))
    .sort((a, b) => (a.severity === b.severity ? b.records - a.records : a.severity === "error" ? -1 : 1));
}

function tokenBudget(rows: string, params: unknown[], model: FineTunableModel, examples: number): TokenBudget {
  const db = sqlite();
  const limit = model.maxTokensPerExample;
  const agg = db
    .prepare(
      `SELECT count(c.tokens) AS n, coalesce(sum(c.tokens), 0) AS total, min(c.tokens) AS min, max(c.tokens) AS max,
              coalesce(sum(min(c.tokens, ?)), 0) AS trained, coalesce(sum(c.tokens > ?), 0) AS overLimit
       ${rows} AND c.tokens IS NOT NULL`,
    )
    .get(limit, limit, ...params) as { n: number; total: number; min: number | null; max: number | null; trained: number; overLimit: number };
  const at = db.prepare(`SELECT c.tokens ${rows} AND c.tokens IS NOT NULL ORDER BY c.tokens LIMIT 1 OFFSET ?`).pluck();
  const quantile = (q: number) => (agg.n ? (at.get(...params, quantileIndex(agg.n, q)) as number) : 0);
  const epochs = defaultEpochs(examples);
  // The billedTokens rule (each example truncated to the limit, once per epoch), with the sum done by SQL.
  const billed = epochs * agg.trained;
  return {
    total: agg.total,
    min: agg.min ?? 0,
    p50: quantile(0.5),
    p90: quantile(0.9),
    max: agg.max ?? 0,
    overLimit: agg.overLimit,
    epochs,
    billedTokens: billed,
    estimatedCostUsd: trainingCostUsd(billed, model),
  };
}
