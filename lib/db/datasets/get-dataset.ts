import { db } from "../client";
import { notFound } from "../../errors";

export async function getDatasetById(id: string) {
  const ds = await db().dataset.findUnique({ where: { id } });
  if (!ds) throw notFound(`Dataset ${id}`);
  return ds;
}

export async function getDatasetByName(name: string) {
  const ds = await db().dataset.findUnique({ where: { name } });
  if (!ds) throw notFound(`Dataset "${name}"`);
  return ds;
}
