import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { visibleDatasets } from "../scope";

/** The datasets `viewer` may see other than one (for the leakage check's choice of the other set). */
export async function listOtherDatasets(exceptId: string, viewer: Actor): Promise<{ id: string; name: string }[]> {
  return db().dataset.findMany({ where: { id: { not: exceptId }, ...visibleDatasets(viewer) }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
