import { db } from "../client";

/** The names of every dataset but one, for pickers such as "check for leakage against"; no counts, so it stays cheap. */
export async function listOtherDatasets(exceptId: string): Promise<{ id: string; name: string }[]> {
  return db().dataset.findMany({ where: { id: { not: exceptId } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
