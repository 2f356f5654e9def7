import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { visibleDatasets } from "../scope";
import { buildTrainingSeries, finalMetrics } from "../../fine-tunes/training-metrics";
import type { SweepJob } from "../../fine-tunes/fine-tune-view";
import { listFineTunes } from "./read-fine-tunes";

// A sweep with each job's final figures, for comparing them side by side.

export async function getSweep(actor: Actor, id: string) {
  const sweep = await db().fineTuneSweep.findFirst({
    where: { id, snapshot: { dataset: visibleDatasets(actor) } },
    select: {
      id: true,
      grid: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      snapshot: { select: { id: true, number: true, dataset: { select: { id: true, name: true } } } },
    },
  });
  if (!sweep) throw new AppError("not_found", `No sweep ${id} that you can see.`);
  const jobs = await listFineTunes(actor, { sweepId: id });
  const events = await db().fineTuneEvent.findMany({
    where: { jobId: { in: jobs.map((j) => j.id) }, type: "metrics" },
    select: { jobId: true, providerEventId: true, createdAt: true, message: true, type: true, data: true },
  });
  const byJob = new Map<string, typeof events>();
  for (const e of events) byJob.set(e.jobId, [...(byJob.get(e.jobId) ?? []), e]);
  const withFinal: SweepJob[] = jobs
    .map((job) => ({
      ...job,
      final: finalMetrics(
        buildTrainingSeries(
          (byJob.get(job.id) ?? []).map((e) => ({
            id: e.providerEventId,
            created_at: e.createdAt.getTime() / 1000,
            message: e.message,
            type: e.type,
            data: e.data,
          })),
        ),
      ),
    }))
    .reverse();
  return { ...sweep, grid: JSON.parse(sweep.grid) as Record<string, (number | "auto")[]>, jobs: withFinal };
}
