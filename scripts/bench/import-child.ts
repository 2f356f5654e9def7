import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { importIntoDataset } from "../../lib/services/imports/import-into-dataset";
import { splitLines } from "../../lib/imports/split-lines";
import { commandLineActor } from "../../lib/db/actor";
import { findOrCreateDataset } from "../../lib/db/datasets/create-dataset";
import { reportToParent } from "./child-process";

// Imports one file and reports the process's peak RSS. With "baseline" it loads the
// same modules, opens the database the same way and streams the same file line by
// line, but parses and writes nothing: the memory any import starts from.
// Run by index.ts as: node --import tsx import-child.ts import|baseline FILE

export type ImportChildResult = { rows: number; seconds: number; maxRssKb: number; datasetId: string };

async function main() {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== "import" && mode !== "baseline") || !file) throw new Error("usage: import-child.ts import|baseline FILE");
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset("bench-large", actor);
  const started = performance.now();
  let rows = 0;
  if (mode === "import") {
    const summary = await importIntoDataset({ dataset, fileName: basename(file), chunks: createReadStream(file), actor });
    rows = summary.imported + summary.invalid;
  } else {
    for await (const line of splitLines(createReadStream(file))) if (line.text) rows++;
  }
  const seconds = (performance.now() - started) / 1000;
  // On Linux maxRSS is in kilobytes.
  reportToParent({ rows, seconds, maxRssKb: process.resourceUsage().maxRSS, datasetId: dataset.id } satisfies ImportChildResult);
  // Exit at once: the import woke the search-index job, which would go on to index a
  // million rows that no part of this benchmark needs.
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
