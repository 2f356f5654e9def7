import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

// Data functions throw AppError("not_found") for a missing record; pages turn that into
// Next's notFound() so the segment's not-found.tsx renders with a 404 status.
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}
