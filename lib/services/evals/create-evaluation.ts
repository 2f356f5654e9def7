import { randomInt } from "node:crypto";
import { db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { assertAllowed } from "../../db/auth/assert-allowed";
import { visibleDatasets } from "../../db/scope";
import { auditEventData } from "../../db/audit/record-audit";
import { AppError } from "../../errors";
import { resolveProvider } from "../../db/providers/provider-settings";
import { PROVIDER_KIND_NAMES, SEED_MAX } from "../../fine-tunes/fine-tune-vocabulary";
import { extractEvalExample, answerText } from "../../evals/extract-example";
import { estimateEvaluation, type EvalEstimate } from "../../evals/estimate-eval";
import { DEFAULT_JUDGE_RUBRIC } from "../../evals/judge";
import type { Answer, EvalPrompt } from "../../evals/eval-types";
import { countRecordTokens } from "../../tokens/count-tokens";
import { countTextTokens } from "../../tokens/token-encoders";
import { encodingForModel } from "../../models/fine-tunable-models";
import type { EvalRequest } from "../../validation/eval-request";
import { readEvalSet, type EvalSet } from "./read-eval-set";

// An evaluation is prepared in full before anything is sent: every example's prompt and
// reference extracted from the eval set, and a row for every call the run will make, so
// progress is a count of rows, a cancelled run resumes where it stopped, and the
// estimate shown first is computed from exactly what will be sent.

export type EvalPreview = {
  examples: number;
  /** Records left out, with why (e.g. no assistant turn to compare with). */
  skipped: { conversationId: number; reason: string }[];
  estimate: EvalEstimate;
  source: EvalSet["description"];
  trainingDataset: { id: string; name: string };
  provider: { kind: EvalRequest["provider"]; name: string; host: string };
};

type Prepared = {
  preview: EvalPreview;
  set: EvalSet;
  examples: { conversationId: number; version: number; labels: string[]; prompt: EvalPrompt; reference: Answer }[];
};

async function prepare(actor: Actor, request: EvalRequest): Promise<Prepared> {
  const set = await readEvalSet(actor, request.source);
  const training = await trainingDataset(actor, request, set);
  await assertAllowed(actor, "evals.run", training.id);
  // Only a provider an admin set up, by name: a request carries no address (provider-choice.ts).
  const { host } = await resolveProvider(request.provider);

  const encoding = encodingForModel(request.modelB);
  const examples: Prepared["examples"] = [];
  const skipped: EvalPreview["skipped"] = [];
  const sizes = [];
  for (const item of set.items) {
    let record: unknown;
    try {
      record = JSON.parse(item.line);
    } catch {
      skipped.push({ conversationId: item.conversationId, reason: "its line is not valid JSON" });
      continue;
    }
    const extracted = extractEvalExample(record as Parameters<typeof extractEvalExample>[0]);
    if ("error" in extracted) {
      skipped.push({ conversationId: item.conversationId, reason: extracted.error });
      continue;
    }
    examples.push({ conversationId: item.conversationId, version: item.version, labels: item.labels, ...extracted });
    const ref = extracted.reference;
    sizes.push({
      promptTokens: countRecordTokens({ messages: extracted.prompt.messages, tools: extracted.prompt.tools, functions: extracted.prompt.functions }, encoding)
        .total,
      referenceTokens: countTextTokens(answerText(ref) + ref.toolCalls.map((c) => c.name + c.arguments).join(""), encoding),
    });
  }
  if (examples.length === 0) {
    throw new AppError("bad_request", `None of the ${set.items.length} records can be evaluated: ${skipped[0]?.reason ?? "no assistant turn"}.`);
  }
  const rubric = request.judgeModel ? (request.judgeRubric ?? DEFAULT_JUDGE_RUBRIC) : null;
  const estimate = estimateEvaluation(sizes, {
    modelA: request.modelA,
    modelB: request.modelB,
    maxTokens: request.maxTokens,
    judgeModel: request.judgeModel,
    rubricTokens: rubric ? countTextTokens(rubric, encoding) : 0,
  });
  return {
    set,
    examples,
    preview: {
      examples: examples.length,
      skipped,
      estimate,
      source: set.description,
      trainingDataset: training,
      provider: { kind: request.provider, name: PROVIDER_KIND_NAMES[request.provider], host },
    },
  };
}

/**
 * Where losing examples go back to: the snapshot's dataset; for an evaluation dataset,
 * the one named, else the dataset model B (or A) was fine-tuned from in Tuneset. Only
 * datasets the actor is a member of are looked at, before anything about them is read.
 */
async function trainingDataset(actor: Actor, request: EvalRequest, set: EvalSet): Promise<{ id: string; name: string }> {
  if (request.source.kind === "snapshot") return { id: set.datasetId, name: set.datasetName };
  if (request.trainingDatasetId) {
    await assertAllowed(actor, "evals.run", request.trainingDatasetId, "The training dataset");
    const d = await db().dataset.findFirst({ where: { id: request.trainingDatasetId, deletedAt: null }, select: { id: true, name: true } });
    if (!d) throw new AppError("not_found", `No training dataset ${request.trainingDatasetId}.`);
    return d;
  }
  for (const model of [request.modelB, request.modelA]) {
    const job = await db().fineTuneJob.findFirst({
      where: { fineTunedModel: model, dataset: visibleDatasets(actor) },
      select: { dataset: { select: { id: true, name: true } } },
    });
    if (job) return job.dataset;
  }
  throw new AppError(
    "bad_request",
    "Neither model was fine-tuned in Tuneset on a dataset you are a member of, so it cannot tell which training dataset losing examples belong to: choose the training dataset (trainingDatasetId, or --training-dataset NAME).",
  );
}

export async function previewEvaluation(actor: Actor, request: EvalRequest): Promise<EvalPreview> {
  return (await prepare(actor, request)).preview;
}

export type CreatedEvaluation = { id: string; examples: number };

/**
 * Writes the evaluation, its examples and its pending calls in one transaction.
 * `leaseOwner` lets the CLI claim the run as it creates it, so the server does not
 * start the same run before the CLI does.
 */
export async function createEvaluation(actor: Actor, request: EvalRequest, o: { leaseOwner?: string; leaseMs?: number } = {}): Promise<CreatedEvaluation> {
  const { preview, set, examples } = await prepare(actor, request);
  const rubric = request.judgeModel ? (request.judgeRubric ?? DEFAULT_JUDGE_RUBRIC) : null;
  const source = set.description;
  const name = request.name ?? `${request.modelB} vs ${request.modelA}`;
  const id = await db().$transaction(async (tx) => {
    const evaluation = await tx.evaluation.create({
      data: {
        datasetId: preview.trainingDataset.id,
        name,
        source: JSON.stringify({ ...source, skipped: preview.skipped.length }),
        snapshotId: set.snapshotId,
        provider: request.provider,
        providerHost: preview.provider.host,
        modelA: request.modelA,
        modelB: request.modelB,
        temperature: request.temperature,
        maxTokens: request.maxTokens,
        concurrency: request.concurrency,
        judgeModel: request.judgeModel ?? null,
        judgeRubric: rubric,
        votesPerPair: request.votesPerPair,
        seed: request.seed ?? randomInt(SEED_MAX),
        status: "queued",
        examples: examples.length,
        estimatedTokens: preview.estimate.inputTokens + preview.estimate.outputTokens,
        estimatedCostUsd: preview.estimate.costUsd,
        leaseOwner: o.leaseOwner ?? null,
        leaseUntil: o.leaseOwner ? new Date(Date.now() + (o.leaseMs ?? 30_000)) : null,
        createdById: actor.id,
      },
      select: { id: true },
    });
    const kinds = request.judgeModel ? ["a", "b", "judge_ab", "judge_ba"] : ["a", "b"];
    for (let i = 0; i < examples.length; i += 500) {
      const chunk = examples.slice(i, i + 500);
      await tx.evalExample.createMany({
        data: chunk.map((e, j) => ({
          evaluationId: evaluation.id,
          position: i + j + 1,
          conversationId: e.conversationId,
          version: e.version,
          prompt: JSON.stringify(e.prompt),
          reference: JSON.stringify(e.reference),
          labels: e.labels.length ? `,${e.labels.join(",")},` : "",
        })),
      });
    }
    const rows = await tx.evalExample.findMany({ where: { evaluationId: evaluation.id }, select: { id: true }, orderBy: { position: "asc" } });
    for (let i = 0; i < rows.length; i += 500) {
      await tx.evalCall.createMany({
        data: rows.slice(i, i + 500).flatMap((r) => kinds.map((kind) => ({ exampleId: r.id, evaluationId: evaluation.id, kind }))),
      });
    }
    const cost = preview.estimate.costUsd === null ? "" : `, estimated $${preview.estimate.costUsd.toFixed(2)}`;
    await tx.auditEvent.create({
      data: auditEventData({
        actor,
        action: "eval.started",
        datasetId: preview.trainingDataset.id,
        targetType: "evaluation",
        targetId: evaluation.id,
        summary: `Started evaluation “${name}”: ${request.modelA} against ${request.modelB} on ${examples.length} examples with ${PROVIDER_KIND_NAMES[request.provider]} (${preview.provider.host})${cost}.`,
        detail: { source, modelA: request.modelA, modelB: request.modelB, judgeModel: request.judgeModel ?? null, estimate: preview.estimate },
      }),
    });
    return evaluation.id;
  });
  return { id, examples: examples.length };
}
