import { db } from "../client";

// Who runs an evaluation. The server's runner and a CLI run may both be alive; each
// claims the run for a short lease and renews it while it works, so exactly one sends
// requests, and a run whose process died is taken over once its lease runs out.

export const EVAL_LEASE_MS = 30_000;

/** Claims a queued or running evaluation unless someone else holds a live lease. */
export async function claimEvaluation(id: string, owner: string, now = new Date()): Promise<boolean> {
  const { count } = await db().evaluation.updateMany({
    where: {
      id,
      status: { in: ["queued", "running"] },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, { leaseOwner: owner }],
    },
    data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + EVAL_LEASE_MS), status: "running" },
  });
  if (count === 1) await db().evaluation.updateMany({ where: { id, startedAt: null }, data: { startedAt: now } });
  return count === 1;
}

/** Extends the lease; false when the run was cancelled or someone else took it (stop working). */
export async function renewLease(id: string, owner: string): Promise<boolean> {
  const { count } = await db().evaluation.updateMany({
    where: { id, leaseOwner: owner, status: "running" },
    data: { leaseUntil: new Date(Date.now() + EVAL_LEASE_MS) },
  });
  return count === 1;
}

export async function releaseLease(id: string, owner: string): Promise<void> {
  await db().evaluation.updateMany({ where: { id, leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
}

/** Evaluations waiting for a runner: queued, or running with nobody's live lease. */
export async function unclaimedEvaluations(now = new Date()): Promise<string[]> {
  const rows = await db().evaluation.findMany({
    where: { status: { in: ["queued", "running"] }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: 10,
  });
  return rows.map((r) => r.id);
}
