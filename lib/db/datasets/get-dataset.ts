import { db } from "../client";
import { notFound } from "../../errors";
import type { Actor } from "../../auth/actor";
import { visibleDatasets, type DatasetScope } from "../scope";

// A dataset in the trash of datasets is gone for every page, action, API call and CLI
// command but the trash's own: these find live datasets only.

/** The dataset a scope is in; not found when it was deleted (or never existed). */
export async function getDataset(scope: DatasetScope) {
  const ds = await db().dataset.findFirst({ where: { id: scope.datasetId, deletedAt: null } });
  if (!ds) throw notFound(`Dataset ${scope.datasetId}`);
  return ds;
}

/** A dataset named on the command line, among those `actor` may see (live ones only). */
export async function getDatasetByName(actor: Actor, name: string) {
  const ds = await db().dataset.findFirst({ where: { name, ...visibleDatasets(actor) } });
  if (!ds) throw notFound(`Dataset "${name}"`);
  return ds;
}

/** The live dataset with this name, if any (names are unique among live datasets only). */
export async function findLiveDatasetByName(name: string) {
  return db().dataset.findFirst({ where: { name, deletedAt: null }, select: { id: true, name: true } });
}
