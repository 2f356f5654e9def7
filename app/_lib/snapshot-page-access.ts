import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { authorizeSnapshot } from "@/lib/services/auth/authorize-snapshot";
import type { Permission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";

// A snapshot's page checks access as the API does (its dataset decides membership) and
// answers as a page should: sign-in, 404 or 403. Cached per render, so metadata and
// the page ask once.
export const snapshotForPage = cache(async (id: string, permission: Permission = "datasets.read") => {
  try {
    return await authorizeSnapshot(permission, id);
  } catch (e) {
    if (isAppError(e) && e.code === "unauthenticated") redirect("/sign-in");
    if (isAppError(e) && e.code === "not_found") notFound();
    if (isAppError(e) && e.code === "forbidden") forbidden();
    throw e;
  }
});
