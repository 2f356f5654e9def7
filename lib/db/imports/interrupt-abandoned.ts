import { db } from "../client";
import { ownerIsGone, processIsAlive } from "../../imports/import-owner";
import { thisProcess } from "./import-lease";
import { interruptImportRecord } from "./import-records";

/**
 * Marks every running import whose owner is gone (lease run out, or its process dead on
 * this host) as interrupted, with its audit event, so its stored rows are indexed and
 * checked like any others and it can be resumed. Returns how many. The server runs it
 * at start and every few seconds; the CLI before it imports.
 */
export async function interruptAbandonedImports(now = new Date()): Promise<number> {
  const running = await db().import.findMany({
    where: { status: "running" },
    select: { id: true, leaseOwner: true, leaseUntil: true },
  });
  let interrupted = 0;
  for (const r of running) {
    if (!ownerIsGone({ owner: r.leaseOwner, until: r.leaseUntil }, thisProcess(), now, processIsAlive)) continue;
    // Only as it was read: an owner that renewed meanwhile is alive after all.
    const claim = { leaseOwner: r.leaseOwner, leaseUntil: r.leaseUntil };
    if (await interruptImportRecord(r.id, claim, "its process stopped")) interrupted++;
  }
  return interrupted;
}
