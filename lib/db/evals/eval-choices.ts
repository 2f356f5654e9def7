import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { systemScope, visibleDatasets } from "../scope";
import { FINE_TUNABLE_MODELS } from "../../models/fine-tunable-models";
import { PROVIDER_KINDS, type ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import { ExportRequestSchema } from "../../validation/export-request";
import { exportStats } from "../conversations/export-conversations";
import { providerViews } from "../providers/provider-settings";
import { EVAL_MODEL_CHOICES, EVAL_SNAPSHOT_CHOICES, type EvalChoices, type EvalPrefill, type EvalSnapshotChoice } from "../../evals/eval-choices-view";

// What the "New evaluation" form offers, read only from the datasets the user may see:
// eval sets (validation splits and held-out datasets), where losing examples may go
// back to, models to compare, and the providers that can answer. A link from a
// fine-tune or a snapshot fills in what it knows.

const SNAPSHOT_SELECT = {
  id: true,
  number: true,
  validationRecords: true,
  kind: true,
  createdAt: true,
  dataset: { select: { id: true, name: true } },
} as const;

const APPROVED = ExportRequestSchema.parse({ status: "approved" });
const ALL = ExportRequestSchema.parse({ status: "all" });

/** `o.snapshotId`: a snapshot to offer even when it is older than the newest listed (the one a link prefilled). */
export async function evalChoices(actor: Actor, o: { snapshotId?: string } = {}): Promise<EvalChoices> {
  const visible = visibleDatasets(actor);
  const withSplit = { validationRecords: { gt: 0 }, dataset: visible };
  const snapshots: EvalSnapshotChoice[] = await db().snapshot.findMany({
    where: withSplit,
    orderBy: [{ createdAt: "desc" }, { number: "desc" }],
    take: EVAL_SNAPSHOT_CHOICES,
    select: SNAPSHOT_SELECT,
  });
  if (o.snapshotId && !snapshots.some((s) => s.id === o.snapshotId)) {
    const asked = await db().snapshot.findFirst({ where: { id: o.snapshotId, ...withSplit }, select: SNAPSHOT_SELECT });
    if (asked) snapshots.push(asked);
  }

  const datasets = await db().dataset.findMany({ where: visible, orderBy: { name: "asc" }, select: { id: true, name: true, forEvaluation: true } });
  const evalDatasets = datasets
    .filter((d) => d.forEvaluation)
    .map((d) => {
      // Found through the actor's visibility just above, so counting in it needs no other check.
      const seen = systemScope(d.id, "a dataset the actor sees, listed for an evaluation");
      return { id: d.id, name: d.name, approved: exportStats(seen, APPROVED).records, all: exportStats(seen, ALL).records };
    });

  const jobs = await db().fineTuneJob.findMany({
    where: { status: "succeeded", fineTunedModel: { not: null }, dataset: visible },
    orderBy: [{ finishedAt: "desc" }, { createdAt: "desc" }],
    take: EVAL_MODEL_CHOICES,
    select: {
      id: true,
      fineTunedModel: true,
      baseModel: true,
      suffix: true,
      provider: true,
      dataset: { select: { id: true, name: true } },
      snapshot: { select: { number: true } },
    },
  });

  const providers = (await providerViews()).map(({ kind, name, configured, host, problem }) => ({ kind, name, configured, host, problem }));
  return {
    snapshots,
    evalDatasets,
    datasets: datasets.map(({ id, name }) => ({ id, name })),
    fineTuned: jobs.map((j) => ({
      jobId: j.id,
      fineTunedModel: j.fineTunedModel!,
      baseModel: j.baseModel,
      suffix: j.suffix,
      provider: j.provider,
      dataset: j.dataset,
      snapshotNumber: j.snapshot.number,
    })),
    baseModels: [...FINE_TUNABLE_MODELS].sort((a, b) => b.released.localeCompare(a.released)).map((m) => m.id),
    providers,
  };
}

const isProviderKind = (v: string): v is ProviderKind => (PROVIDER_KINDS as readonly string[]).includes(v);

/**
 * The form's starting values for "Evaluate…" on a fine-tune (its snapshot's validation
 * split, its base model against its fine-tuned model, its provider) or on a snapshot
 * (that split). A snapshot named too takes the place of the fine-tune's.
 */
export async function evalPrefill(actor: Actor, o: { fineTune?: string; snapshot?: string }): Promise<EvalPrefill> {
  const prefill: EvalPrefill = { notes: [] };
  const visible = visibleDatasets(actor);
  if (o.fineTune) {
    const job = await db().fineTuneJob.findFirst({
      where: { id: o.fineTune, dataset: visible },
      select: {
        status: true,
        baseModel: true,
        fineTunedModel: true,
        provider: true,
        suffix: true,
        snapshot: { select: { id: true, number: true, validationRecords: true } },
      },
    });
    if (!job) {
      prefill.notes.push(`No fine-tune ${o.fineTune} that you can see: choose the eval set and the models below.`);
    } else {
      const name = job.suffix ? `fine-tune “${job.suffix}”` : "the fine-tune";
      prefill.modelA = job.baseModel;
      if (isProviderKind(job.provider)) prefill.provider = job.provider;
      if (job.fineTunedModel) prefill.modelB = job.fineTunedModel;
      else prefill.notes.push(`${capitalised(name)} has produced no model yet (it is ${job.status}): give model B once it has one.`);
      if (job.snapshot.validationRecords > 0) prefill.snapshotId = job.snapshot.id;
      else
        prefill.notes.push(
          `Snapshot #${job.snapshot.number}, which ${name} trained on, has no validation split: choose another snapshot, or a dataset marked for evaluation.`,
        );
    }
  }
  if (o.snapshot) {
    const snapshot = await db().snapshot.findFirst({
      where: { id: o.snapshot, dataset: visible },
      select: { id: true, number: true, validationRecords: true, dataset: { select: { name: true } } },
    });
    if (!snapshot) prefill.notes.push(`No snapshot ${o.snapshot} that you can see: choose the eval set below.`);
    else if (snapshot.validationRecords === 0)
      prefill.notes.push(
        `Snapshot #${snapshot.number} of ${snapshot.dataset.name} has no validation split: choose another snapshot, or a dataset marked for evaluation.`,
      );
    else prefill.snapshotId = snapshot.id;
  }
  return prefill;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
