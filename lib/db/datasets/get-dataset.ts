import { db } from "../client";
import { notFound } from "../../errors";

// A dataset in the trash of datasets is gone for every page, action, API call and CLI
// command but the trash's own: these find live datasets only.

export async function getDatasetById(id: string) {
  const ds = await db().dataset.findFirst({ where: { id, deletedAt: null } });
  if (!ds) throw notFound(`Dataset ${id}`);
  return ds;
}

export async function getDatasetByName(name: string) {
  const ds = await db().dataset.findFirst({ where: { name, deletedAt: null } });
  if (!ds) throw notFound(`Dataset "${name}"`);
  return ds;
}

/** The live dataset with this name, if any (names are unique among live datasets only). */
export async function findLiveDatasetByName(name: string) {
  return db().dataset.findFirst({ where: { name, deletedAt: null }, select: { id: true, name: true } });
}
