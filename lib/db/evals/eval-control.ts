import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";
import { AppError } from "../../errors";

// Cancel and resume. A cancel only changes the status: the runner notices at its next
// heartbeat (within seconds), aborts the requests in flight and lets go. Answers
// already stored stay; resuming queues what is left, failed calls included, so a run
// stopped by a bad key or a missing model can be finished once that is fixed.

export async function cancelEvaluation(actor: Actor, id: string): Promise<{ cancelled: boolean }> {
  return db().$transaction(async (tx) => {
    const ev = await tx.evaluation.findUniqueOrThrow({ where: { id }, select: { name: true, datasetId: true, status: true } });
    const { count } = await tx.evaluation.updateMany({
      where: { id, status: { in: ["queued", "running"] } },
      data: { status: "cancelled", finishedAt: new Date(), notBefore: null },
    });
    if (count === 0) return { cancelled: false };
    await tx.auditEvent.create({
      data: auditEventData({
        actor,
        action: "eval.cancelled",
        datasetId: ev.datasetId,
        targetType: "evaluation",
        targetId: id,
        summary: `Cancelled evaluation “${ev.name}”.`,
      }),
    });
    return { cancelled: true };
  });
}

export async function resumeEvaluation(actor: Actor, id: string): Promise<{ resumed: boolean; calls: number }> {
  return db().$transaction(async (tx) => {
    const ev = await tx.evaluation.findUniqueOrThrow({ where: { id }, select: { name: true, datasetId: true, status: true } });
    if (ev.status === "queued" || ev.status === "running") return { resumed: false, calls: 0 };
    const { count: retried } = await tx.evalCall.updateMany({
      where: { evaluationId: id, status: "failed" },
      data: { status: "pending", attempts: 0, error: null, finishedAt: null },
    });
    const pending = await tx.evalCall.count({ where: { evaluationId: id, status: "pending" } });
    if (pending === 0) throw new AppError("conflict", "Every call of this evaluation has its answer: there is nothing to resume.");
    await tx.evaluation.update({
      where: { id },
      data: { status: "queued", error: null, finishedAt: null, notBefore: null, leaseOwner: null, leaseUntil: null },
    });
    await tx.auditEvent.create({
      data: auditEventData({
        actor,
        action: "eval.resumed",
        datasetId: ev.datasetId,
        targetType: "evaluation",
        targetId: id,
        summary: `Resumed evaluation “${ev.name}”: ${pending} calls to make${retried ? `, ${retried} of them failed before` : ""}.`,
      }),
    });
    return { resumed: true, calls: pending };
  });
}
