import { DEFAULT_SEED } from "./corpus";

// Command line of `npm run bench`. --rows scales the "100k" parts and the large parts
// follow at ten times that, so a quick check and the full run exercise the same code.

export type BenchOptions = {
  /** Rows of the main corpus (import, table page, export). */
  rows: number;
  /** Rows of the large file (peak RSS, table page at depth); 0 when --quick. */
  largeRows: number;
  /** Records the token-counting figure runs over. */
  tokenRecords: number;
  seed: number;
  /** Lines of the file `tuneset validate` checks: the large size, or the main one when --quick. */
  validateRows: number;
  /** Only these parts ("dedup", "validate", "stats", "huge", or "app": everything else); all when not given. */
  only: "dedup" | "validate" | "stats" | "huge" | "app" | null;
};

const USAGE = "usage: npm run bench -- [--quick] [--rows N] [--seed N] [--only dedup|validate|stats|huge|app]";

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let rows = 100_000;
  let quick = false;
  let seed: number | undefined;
  let only: BenchOptions["only"] = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") quick = true;
    else if (arg === "--only") {
      const part = argv[++i];
      if (part !== "dedup" && part !== "validate" && part !== "stats" && part !== "huge" && part !== "app") {
        throw new Error(`--only takes dedup, validate, stats, huge or app\n${USAGE}`);
      }
      only = part;
    } else if (arg === "--rows" || arg === "--seed") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${arg} needs a positive whole number\n${USAGE}`);
      if (arg === "--rows") rows = value;
      else seed = value;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return {
    rows,
    largeRows: quick ? 0 : rows * 10,
    validateRows: quick ? rows : rows * 10,
    // Counting every record would take minutes and say nothing more about the rate.
    tokenRecords: Math.min(rows, 20_000),
    seed: seed ?? DEFAULT_SEED,
    only,
  };
}
