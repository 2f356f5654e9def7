import { createReadStream } from "node:fs";
import { join } from "node:path";
import { db } from "../../lib/db/client";
import { commandLineActor } from "../../lib/db/actor";
import { createDataset } from "../../lib/db/datasets/create-dataset";
import { importIntoDataset } from "../../lib/services/imports/import-into-dataset";
import { runBackgroundWorkUntilIdle } from "../../lib/jobs/background-work";
import { DatasetCreateSchema } from "../../lib/validation/dataset";

// Loads the sample dataset into an empty database, so a first start shows real
// conversations to review. A database with any dataset is left alone.

export const SAMPLE_FILE = join(process.cwd(), "prisma", "seed", "sample-support.jsonl");
export const SAMPLE_DATASET = "Support bot (sample)";

export async function seedIfEmpty(): Promise<string | null> {
  if ((await db().dataset.count()) > 0) return null;
  const actor = await commandLineActor();
  const dataset = await createDataset(
    DatasetCreateSchema.parse({
      name: SAMPLE_DATASET,
      description: "Northwind Cloud Storage support conversations, a few with planted flaws to find.",
    }),
    actor,
  );
  const summary = await importIntoDataset({
    dataset,
    fileName: "sample-support.jsonl",
    chunks: createReadStream(SAMPLE_FILE),
    actor,
  });
  await runBackgroundWorkUntilIdle();
  const invalid = summary.invalid ? ` and ${summary.invalid} invalid line${summary.invalid === 1 ? "" : "s"} to fix` : "";
  return `Loaded ${summary.imported} sample conversations${invalid} into "${dataset.name}".`;
}
