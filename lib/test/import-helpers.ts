import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { commandLineActor } from "../db/actor";
import { findOrCreateDataset } from "../db/datasets/create-dataset";
import { importIntoDataset } from "../services/imports/import-into-dataset";

// Test helpers: import a file or a string into a (new) dataset, as the CLI would.

export { PUBLIC_DATA } from "./public-data";

export async function importText(datasetName: string, text: string | Uint8Array, fileName = "test.jsonl") {
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset(datasetName, actor);
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 7000) yield bytes.subarray(i, i + 7000);
  }
  return { dataset, summary: await importIntoDataset({ dataset, fileName, chunks: chunks(), actor }) };
}

export async function importFile(datasetName: string, path: string) {
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset(datasetName, actor);
  const summary = await importIntoDataset({ dataset, fileName: basename(path), chunks: createReadStream(path), actor });
  return { dataset, summary };
}
