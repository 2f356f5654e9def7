import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "../client";
import { formatOwner, type Owner } from "../../imports/import-owner";
import { env } from "../../env";

// The claim an import holds while it runs (see lib/imports/import-owner.ts). The batch
// writer renews it with every batch; a timer renews it when batches are slow to come
// (a slow upload). Both the server and the CLI look for imports whose owner is gone.

/** How long a claim lasts without renewal; short in the browser tests (TUNESET_IMPORT_LEASE_MS). */
export function importLeaseMs(): number {
  return env().TUNESET_IMPORT_LEASE_MS;
}

type State = { self: Owner };
const g = globalThis as unknown as { tunesetImportOwner?: State };
const state = (g.tunesetImportOwner ??= { self: { host: hostname(), pid: process.pid, nonce: randomUUID().slice(0, 8) } });

/** This process, as an import's owner. */
export const processOwner = (): string => formatOwner(state.self);

export const leaseUntil = (now = Date.now()) => new Date(now + importLeaseMs());

/** Renews the claim every third of its length until stopped; a renewal that finds the claim gone does nothing (the next batch stops). */
export function holdImportLease(id: string, owner: string): () => void {
  const timer = setInterval(() => {
    db()
      .import.updateMany({ where: { id, leaseOwner: owner, status: "running" }, data: { leaseUntil: leaseUntil() } })
      .catch(() => {
        // The database may be closing; the writer's own renewal says the rest.
      });
  }, importLeaseMs() / 3);
  // The CLI exits when its work is done, timer or not.
  timer.unref();
  return () => clearInterval(timer);
}

/** This process as the owner checks compare against. */
export const thisProcess = (): Owner => state.self;
