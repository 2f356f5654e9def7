import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { authorize, authorizeConversation } from "@/lib/services/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { getDatasetById } from "@/lib/db/datasets/get-dataset";
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

/** The signed-in user, allowed `permission` (in `datasetId`, when given). */
export const pageActor = cache((permission: Permission = "datasets.read", datasetId?: string): Promise<Actor> => onPage(authorize(permission, datasetId)));

export const conversationPageActor = cache((permission: Permission, conversationId: number): Promise<Actor> =>
  onPage(authorizeConversation(permission, conversationId)),
);

/** A dataset page's dataset, once the user may see it. */
export const datasetForPage = cache(async (id: string, permission: Permission = "datasets.read") => {
  await pageActor(permission, id);
  return orNotFound(getDatasetById(id));
});
