import { commandLineActor } from "../db/actor";
import { getDatasetByName } from "../db/datasets/get-dataset";
import { systemScope, type DatasetScope } from "../db/scope";

// The command line works on the database file directly, as an admin (lib/db/actor.ts):
// every dataset is its to work in, so its commands read and write through a system scope.

export const commandLineScope = (datasetId: string): DatasetScope => systemScope(datasetId, "the command line, which acts as an admin");

/** A dataset named on the command line, and the scope the command works in it through. */
export async function namedDataset(name: string) {
  const dataset = await getDatasetByName(await commandLineActor(), name);
  return { dataset, scope: commandLineScope(dataset.id) };
}
