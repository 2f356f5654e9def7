import type { Actor } from "./actor";
import { seesAllDatasets } from "./permissions";

/** A Prisma filter for the datasets `actor` may see: admins every one, others those they are members of. */
export const visibleDatasets = (actor: Actor) => (seesAllDatasets(actor.role) ? {} : { members: { some: { userId: actor.id } } });
