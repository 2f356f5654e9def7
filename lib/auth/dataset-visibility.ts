import type { Actor } from "./actor";
import { seesAllDatasets } from "./permissions";

/**
 * A Prisma filter for the datasets `actor` may see: admins every live one, others the live
 * ones they are members of. A dataset in the trash of datasets is seen only there.
 */
export const visibleDatasets = (actor: Actor) => ({ deletedAt: null, ...(seesAllDatasets(actor.role) ? {} : { members: { some: { userId: actor.id } } }) });

/** As visibleDatasets, for the trash of datasets: the deleted ones `actor` could see before. */
export const visibleDeletedDatasets = (actor: Actor) => ({
  deletedAt: { not: null },
  ...(seesAllDatasets(actor.role) ? {} : { members: { some: { userId: actor.id } } }),
});
