import { contentHash } from "../formats/normalize";
import type { LineRecord } from "../formats/schemas";
import { defaultEpochs, trainingCostUsd, type FineTunableModel } from "../models/fine-tunable-models";
import { severityOf, type Finding, type FindingCode } from "./codes";
import { setFindings } from "./set-findings";
import type { ExampleCheck } from "./check-example";
import { DuplicateFinder } from "./duplicate-finder";
import { uint32Column } from "./number-column";

// The pre-flight check of a whole file or dataset, fed one example at a time.
// Per example it keeps numbers in typed arrays (token count; hash and line for
// duplicates), never the lines, so a million examples fit in a few tens of MB.
// Detail is capped per severity; the counts by code are always complete.

export type LineFinding = Finding & { line: number };

export type TokenFigures = { total: number; min: number; p50: number; p90: number; max: number };

export type PreflightReport = {
  examples: number;
  /** Line 0 for findings about the set as a whole. */
  errors: LineFinding[];
  warnings: LineFinding[];
  /** Over the examples that could be read as chat or preference examples. */
  tokens: TokenFigures;
  over_limit: number;
  epochs: number;
  billed_tokens: number;
  estimated_cost_usd: number;
  counts: Partial<Record<FindingCode, number>>;
  /** Whether some findings were left out of errors or warnings (counts still include them). */
  truncated: boolean;
  model: string;
  price_as_of: string;
};

export type SetCheckOptions = {
  model: FineTunableModel;
  /** Largest share of the examples one label may carry before it is flagged. */
  labelShareLimit?: number;
  /** Findings kept in detail per severity. */
  maxFindings?: number;
};

export type SetCheck = {
  add(line: number, check: ExampleCheck, extra?: { contentHash?: string; labels?: readonly string[] }): void;
  /** Call once, after the last add. */
  finish(): PreflightReport;
};

export function createSetCheck(opts: SetCheckOptions): SetCheck {
  const { model } = opts;
  const shareLimit = opts.labelShareLimit ?? 0.5;
  const maxFindings = opts.maxFindings ?? 1000;
  const limit = model.maxTokensPerExample;
  const counts: Partial<Record<FindingCode, number>> = {};
  const errors: LineFinding[] = [];
  const warnings: LineFinding[] = [];
  const tokens = uint32Column();
  const duplicates = new DuplicateFinder();
  const labels = new Map<string, number>();
  let examples = 0;
  let truncated = false;
  let tokenTotal = 0;
  let perEpoch = 0; // billed tokens of one epoch: each example truncated to the limit
  let overLimit = 0;

  const keep = (finding: LineFinding) => {
    counts[finding.code] = (counts[finding.code] ?? 0) + 1;
    const list = severityOf(finding.code) === "error" ? errors : warnings;
    if (list.length < maxFindings) list.push(finding);
    else truncated = true;
  };

  return {
    add(line, check, extra) {
      examples++;
      for (const f of check.findings) keep({ line, code: f.code, path: f.path, message: f.message });
      // Lines that are not examples at all (broken JSON, no messages) train nothing.
      if (check.kind !== "invalid" && check.tokens) {
        const total = check.tokens.total;
        tokens.push(total);
        tokenTotal += total;
        perEpoch += Math.min(limit, total);
        if (total > limit) overLimit++;
      }
      const hash = extra?.contentHash ?? hashOf(check);
      if (hash) duplicates.add(line, hash);
      if (extra?.labels) for (const label of new Set(extra.labels)) labels.set(label, (labels.get(label) ?? 0) + 1);
    },

    finish() {
      const setLevel: LineFinding[] = [];
      const note = (code: FindingCode, message: string) => {
        counts[code] = (counts[code] ?? 0) + 1;
        setLevel.push({ line: 0, code, path: "", message });
      };
      // Duplicates are reported line by line below; the set rules count the rest.
      const labelCounts = [...labels].map(([name, count]) => ({ name, count }));
      for (const f of setFindings({ examples, duplicates: 0, labels: labelCounts, labelShareLimit: shareLimit })) note(f.code, f.message);
      duplicates.forEachDuplicate((line, first) =>
        keep({
          line,
          code: "exact_duplicate",
          path: "",
          message: `same conversation as line ${first} (ignoring case, spacing and invisible characters): keep one of them`,
        }),
      );
      const byLine = (a: LineFinding, b: LineFinding) => a.line - b.line;
      const trainable = tokens.length;
      const epochs = defaultEpochs(trainable);
      const billed = epochs * perEpoch;
      return {
        examples,
        errors: [...setLevel.filter((f) => severityOf(f.code) === "error"), ...errors.sort(byLine)],
        warnings: [...setLevel.filter((f) => severityOf(f.code) === "warning"), ...warnings.sort(byLine)],
        tokens: tokenFigures(tokens.view(), tokenTotal),
        over_limit: overLimit,
        epochs,
        billed_tokens: billed,
        // Rounded to a millionth of a dollar, which hides float noise without hiding small sets.
        estimated_cost_usd: Math.round(trainingCostUsd(billed, model) * 1e6) / 1e6,
        counts,
        truncated,
        model: model.id,
        price_as_of: model.priceAsOf,
      };
    },
  };
}

// Only examples without errors take part: the hash reads the conversation's
// parts, which a broken example may not have, and a broken one is reported anyway.
function hashOf(check: ExampleCheck): string | null {
  if (check.kind === "invalid" || check.errorCount > 0 || !check.record) return null;
  try {
    return contentHash(check.record as LineRecord);
  } catch {
    return null; // a record that did not come from checkExample; one missed duplicate beats a failed check
  }
}

function tokenFigures(view: Uint32Array, total: number): TokenFigures {
  const n = view.length;
  if (n === 0) return { total: 0, min: 0, p50: 0, p90: 0, max: 0 };
  const sorted = view.slice().sort();
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * n) - 1)];
  return { total, min: sorted[0], p50: rank(0.5), p90: rank(0.9), max: sorted[n - 1] };
}
