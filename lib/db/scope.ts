import type { Actor } from "../auth/actor";
import { seesAllDatasets } from "../auth/permissions";

// How lib/db is scoped. A function reading or writing rows that belong to a dataset
// takes the DatasetScope it may work in and puts it in its own `where`, so a
// conversation, snapshot or cluster of another dataset is simply not found, even when
// a caller forgot to check. A function listing what a person may see takes the Actor
// and filters with visibleDatasets. lib/db/scope.test.ts holds every exported lib/db
// function to this.

declare const checked: unique symbol;

/**
 * A dataset someone was found allowed in. Only the authorization check
 * (lib/services/auth/authorize.ts, through grantScope) and systemScope make one, so
 * an id read from a URL or a form cannot be passed where a scope is asked for.
 */
export type DatasetScope = { readonly datasetId: string; readonly [checked]: true };

/** For lib/services/auth alone (the conventions test holds it there): the dataset an authorization check allowed. */
export const grantScope = (datasetId: string): DatasetScope => ({ datasetId }) as DatasetScope;

/**
 * Work with no one asking: the background loops, the import writer, the command line
 * (which acts as an admin) and the maintenance scripts. `why` says which, so a search
 * for systemScope reads as the list of places that act across datasets.
 */
export function systemScope(datasetId: string, why: string): DatasetScope {
  if (!why.trim()) throw new Error("systemScope: say why this work needs no authorization check");
  return grantScope(datasetId);
}

const memberOf = (actor: Actor) => (seesAllDatasets(actor.role) ? {} : { members: { some: { userId: actor.id } } });

/**
 * A Prisma filter for the datasets `actor` may see: admins every live one, others the live
 * ones they are members of. A dataset in the trash of datasets is seen only there.
 */
export const visibleDatasets = (actor: Actor) => ({ deletedAt: null, ...memberOf(actor) });

/** As visibleDatasets, for the trash of datasets: the deleted ones `actor` could see before. */
export const visibleDeletedDatasets = (actor: Actor) => ({ deletedAt: { not: null }, ...memberOf(actor) });
