import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// The real public fine-tuning files the tests read, copied into the repository with
// their source and licence (data/public/SOURCES.md), so a clone in any folder tests alone.

// Resolved from the repository root, where every suite runs (Playwright loads this as
// CommonJS, without import.meta).
export const PUBLIC_DATA = resolve(process.cwd(), "lib", "test", "data", "public");

export const publicFile = (name: string) => resolve(PUBLIC_DATA, name);

/** The non-blank lines of one public sample file. */
export const publicLines = (name: string) =>
  readFileSync(publicFile(name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
