import type { FineTunableModel } from "../models/fine-tunable-models";
import { CODE_TITLES, ERROR_CODES, WARNING_CODES, type FindingCode } from "./codes";
import type { LineFinding, PreflightReport } from "./check-set";

// The readable form of a pre-flight report, for a terminal or a CI log: counts by
// code, the first few findings of each in full, then the figures a user weighs
// before paying for a job.

const SHOWN_PER_CODE = 3;
const MORE_LINES = 10;

const n = (value: number) => value.toLocaleString("en-US");
const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? "" : "s"}`;

export function errorTotal(report: PreflightReport): number {
  return ERROR_CODES.reduce((sum, code) => sum + (report.counts[code] ?? 0), 0);
}

function warningTotal(report: PreflightReport): number {
  return WARNING_CODES.reduce((sum, code) => sum + (report.counts[code] ?? 0), 0);
}

function where(f: LineFinding): string {
  const line = f.line === 0 ? "file" : `line ${f.line}`;
  return f.path ? `${line} ${f.path}` : line;
}

function section(title: string, codes: readonly FindingCode[], details: readonly LineFinding[], report: PreflightReport): string[] {
  const present = codes.filter((code) => report.counts[code]);
  if (present.length === 0) return [];
  const out = ["", title];
  for (const code of present) {
    const count = report.counts[code] ?? 0;
    out.push(`  ${code} (${n(count)}): ${CODE_TITLES[code]}`);
    // The same message on every line says nothing new, so only different ones are shown in full.
    const shown = new Set<string>();
    const moreLines: number[] = [];
    for (const f of details) {
      if (f.code !== code) continue;
      const text = `${where(f)}: ${f.message}`;
      const key = `${f.path}\n${f.message}`;
      if (shown.size < SHOWN_PER_CODE && !shown.has(key)) {
        shown.add(key);
        out.push(`    ${text}`);
      } else if (moreLines.length <= MORE_LINES) moreLines.push(f.line);
    }
    const rest = count - shown.size;
    if (rest > 0) {
      const listed = moreLines.slice(0, MORE_LINES);
      const lines = listed.length ? ` on lines ${listed.join(", ")}${rest > listed.length ? ", …" : ""}` : "";
      out.push(`    … and ${n(rest)} more${lines}`);
    }
  }
  return out;
}

const usd = (amount: number) => `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const roughly = (amount: number) => (amount > 0 && amount < 0.01 ? "under $0.01" : `about ${usd(amount)}`);

export function formatReport(report: PreflightReport, file: string, model: FineTunableModel): string {
  const errors = errorTotal(report);
  const warnings = warningTotal(report);
  const out = [`${file}: ${plural(report.examples, "example")} checked for ${report.model}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`];
  out.push(...section("Errors (OpenAI would reject the file):", ERROR_CODES, report.errors, report));
  out.push(...section("Warnings:", WARNING_CODES, report.warnings, report));
  if (report.truncated) out.push("", "Only the first findings of each severity are listed in detail; --json gives those with the complete counts.");
  const t = report.tokens;
  const limit = n(model.maxTokensPerExample);
  out.push(
    "",
    `Tokens per example: ${n(t.total)} in all; min ${n(t.min)}, median ${n(t.p50)}, 90th percentile ${n(t.p90)}, max ${n(t.max)}`,
    report.over_limit ? `  ${plural(report.over_limit, "example")} over the ${limit}-token limit will be truncated` : `  none over the ${limit}-token limit`,
    `Estimate: ${plural(report.epochs, "epoch")}, ${n(report.billed_tokens)} billed tokens, ${roughly(report.estimated_cost_usd)} ` +
      `at ${usd(model.trainingUsdPer1MTokens)} per 1M training tokens (price as of ${report.price_as_of})`,
  );
  return out.join("\n");
}
