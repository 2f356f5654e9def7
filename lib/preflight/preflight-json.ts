import type { DatasetPreflight } from "./dataset-report";
import type { FindingCode } from "./codes";

// A dataset's pre-flight check in the shape `tuneset validate --json` prints, so a
// script reads a file's check and a dataset's the same way. Records are named by
// their id (and the line they were imported from); set-level findings have line 0.

export type PreflightJsonFinding = { line: number; id?: number; code: FindingCode; path: string; message: string };

export function preflightJson(p: DatasetPreflight) {
  const errors: PreflightJsonFinding[] = [];
  const warnings: PreflightJsonFinding[] = [];
  const counts: Partial<Record<FindingCode, number>> = {};
  for (const f of p.set) {
    (f.severity === "error" ? errors : warnings).push({ line: 0, code: f.code, path: "", message: f.message });
    counts[f.code] = f.records ?? 1;
  }
  for (const c of p.codes) {
    counts[c.code] = c.records;
    for (const s of c.samples) {
      (c.severity === "error" ? errors : warnings).push({ line: s.sourceLine ?? 0, id: s.id, code: c.code, path: s.path, message: s.message });
    }
  }
  const t = p.tokens;
  return {
    examples: p.examples,
    errors,
    warnings,
    counts,
    pending: p.pending,
    tokens: { total: t.total, min: t.min, p50: t.p50, p90: t.p90, max: t.max },
    over_limit: t.overLimit,
    epochs: t.epochs,
    billed_tokens: t.billedTokens,
    estimated_cost_usd: Math.round(t.estimatedCostUsd * 100) / 100,
    model: p.model.id,
    price_as_of: p.model.priceAsOf,
  };
}
