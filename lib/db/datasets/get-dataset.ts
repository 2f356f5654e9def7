import { db } from "../client";
import { notFound } from "../../errors";
import type { Actor } from "../../auth/actor";
import { visibleDatasets, type DatasetScope } from "../scope";

/** The dataset a scope is in; not found when it was deleted (or never existed). */
export async function getDataset(scope: DatasetScope) {
  const ds = await db().dataset.findUnique({ where: { id: scope.datasetId } });
  if (!ds) throw notFound(`Dataset ${scope.datasetId}`);
  return ds;
}

/** A dataset named on the command line, among those `actor` may see. */
export async function getDatasetByName(actor: Actor, name: string) {
  const ds = await db().dataset.findFirst({ where: { name, ...visibleDatasets(actor) } });
  if (!ds) throw notFound(`Dataset "${name}"`);
  return ds;
}
