import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { authorize, authorizeConversation, authorizeDataset, type Allowed } from "@/lib/services/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { isAppError } from "@/lib/errors";
import { orNotFound } from "./or-not-found";

// Pages check access the way actions and routes do (lib/services/auth/authorize.ts), and answer
// the way a page should: signed out goes to the sign-in page, a dataset the user is not
// a member of is a plain 404, and a role that may not do this gets a 403 page.

async function onPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (isAppError(e) && e.code === "unauthenticated") redirect("/sign-in");
    if (isAppError(e) && e.code === "not_found") notFound();
    if (isAppError(e) && e.code === "forbidden") forbidden();
    throw e;
  }
}

// Cached per render: metadata and the page, or a page and its dataset, ask the same question.

/** The signed-in user allowed `permission` in the dataset, and the scope its rows are read through. */
export const pageScope = cache((permission: Permission, datasetId: string): Promise<Allowed> => onPage(authorizeDataset(permission, datasetId)));

/** The signed-in user, allowed `permission` (in `datasetId`, when given: the same cached check as pageScope). */
export const pageActor = cache(async (permission: Permission = "datasets.read", datasetId?: string): Promise<Actor> =>
  datasetId === undefined ? onPage(authorize(permission)) : (await pageScope(permission, datasetId)).actor,
);

/** As pageScope, for one conversation's page: its dataset decides. */
export const conversationPageAccess = cache((permission: Permission, conversationId: number): Promise<Allowed> =>
  onPage(authorizeConversation(permission, conversationId)),
);

/** A dataset page's dataset, once the user may see it, with the scope the page reads it through. */
export const datasetForPage = cache(async (id: string, permission: Permission = "datasets.read") => {
  const { scope } = await pageScope(permission, id);
  return { ...(await orNotFound(getDataset(scope))), scope };
});
