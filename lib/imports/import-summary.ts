// What an import reports, in the shape the CLI prints and the API returns.
// Errors are capped so a file of a million bad lines gets a bounded report;
// the counts are never capped.

export const MAX_REPORTED_ERRORS = 1000;

export type ImportError = { line: number; path: string; message: string };

export type ImportSummary = {
  dataset: string;
  import_id: string;
  file: string;
  /** Every line of the file, blank ones included. */
  lines: number;
  /** Valid records stored (exact duplicates included, and counted again below). */
  imported: number;
  /** Lines kept as invalid records, with their raw text. */
  invalid: number;
  /** Stored records that exactly duplicate an earlier record of the dataset. */
  duplicates: number;
  errors: ImportError[];
  /** Things about the file as a whole, e.g. that it was empty. */
  warnings: string[];
  /** A resumed import: the last line stored before it was interrupted (the counts above cover the whole file). */
  resumed_after_line?: number;
};

export class ErrorCollector {
  readonly errors: ImportError[] = [];
  private dropped = 0;

  /** `stored`: the errors of an interrupted import's stored lines (the first ones, and how many in all), when resuming it. */
  constructor(stored?: { errors: ImportError[]; total: number }) {
    if (!stored) return;
    this.errors.push(...stored.errors.slice(0, MAX_REPORTED_ERRORS));
    this.dropped = Math.max(0, stored.total - this.errors.length);
  }

  add(line: number, path: string, message: string) {
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ line, path, message });
    else this.dropped++;
  }

  get omitted(): number {
    return this.dropped;
  }
}

export function summaryWarnings(s: { lines: number; imported: number; invalid: number; omitted: number; unknownKeyRecords: number }): string[] {
  const warnings: string[] = [];
  if (s.lines === 0) warnings.push("The file is empty: nothing was imported. Choose a JSONL file with one JSON object per line.");
  else if (s.imported === 0 && s.invalid === 0) warnings.push("The file has only blank lines: nothing was imported.");
  if (s.omitted > 0) {
    warnings.push(`${s.omitted.toLocaleString("en")} more errors are not listed here; filter the table by "Invalid" to see every invalid line.`);
  }
  if (s.unknownKeyRecords > 0) {
    warnings.push(
      `${s.unknownKeyRecords.toLocaleString("en")} ${s.unknownKeyRecords === 1 ? "record has" : "records have"} keys the OpenAI format does not define; they are kept and shown, and left out of the strict export.`,
    );
  }
  return warnings;
}
