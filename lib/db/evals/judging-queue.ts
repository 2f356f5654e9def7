import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError, notFound } from "../../errors";
import { auditEventData } from "../audit/record-audit";
import { visibleDatasets } from "../scope";
import { bShownLeft, choiceFromDisplay, displayFromChoice } from "../../evals/blind-order";
import {
  blindName,
  storedAnswer,
  storedPrompt,
  storedReference,
  type BlindEvaluation,
  type BlindPair,
  type BlindQueue,
  type MyVote,
} from "../../evals/blind-pair";
import { nextPair, queueProgress, type PairTally } from "../../evals/judging-order";
import type { DisplayChoice, EvalStatus, HumanChoice } from "../../evals/eval-vocabulary";
import type { EvalVote } from "../../validation/eval-vote";

export type { BlindPair, BlindQueue, MyVote };

// Blind judging: the next pair for an annotator, their vote, and their earlier votes.
// Models are named here only to be taken out: what leaves this file says left and
// right, in the pair's seeded order for that annotator.

type Evaluation = { evaluation: BlindEvaluation; seed: number; datasetId: string };

async function visibleEvaluation(actor: Actor, id: string): Promise<Evaluation> {
  const row = await db().evaluation.findFirst({
    where: { id, dataset: visibleDatasets(actor) },
    select: { id: true, name: true, votesPerPair: true, status: true, seed: true, modelA: true, modelB: true, datasetId: true },
  });
  if (!row) throw notFound("This evaluation");
  const evaluation = { id: row.id, name: blindName(row.name, [row.modelA, row.modelB]), votesPerPair: row.votesPerPair, status: row.status as EvalStatus };
  return { evaluation, seed: row.seed, datasetId: row.datasetId };
}

/** Examples whose A and B answers are both done: the only ones a judge can compare. */
const readyPairs = (evaluationId: string) => ({
  evaluationId,
  AND: [{ calls: { some: { kind: "a", status: "done" } } }, { calls: { some: { kind: "b", status: "done" } } }],
});

async function tallies(actor: Actor, evaluationId: string): Promise<PairTally[]> {
  const rows = await db().evalExample.findMany({
    where: readyPairs(evaluationId),
    select: { id: true, position: true, _count: { select: { votes: true } }, votes: { where: { userId: actor.id }, select: { id: true } } },
  });
  return rows.map((r) => ({ exampleId: r.id, position: r.position, votes: r._count.votes, mine: r.votes.length > 0 }));
}

async function loadPair(actor: Actor, e: Evaluation, exampleId: number): Promise<BlindPair> {
  const row = await db().evalExample.findFirst({
    where: { ...readyPairs(e.evaluation.id), id: exampleId },
    select: {
      id: true,
      position: true,
      prompt: true,
      reference: true,
      calls: { where: { kind: { in: ["a", "b"] } }, select: { kind: true, output: true } },
      votes: { where: { userId: actor.id }, select: { choice: true, note: true } },
    },
  });
  if (!row)
    throw new AppError(
      "not_found",
      `Pair ${exampleId} is not part of this evaluation, or its answers are not ready. Go back to the queue and judge the pair it shows.`,
    );
  const answer = (kind: "a" | "b") => storedAnswer(row.calls.find((c) => c.kind === kind)?.output ?? null);
  const bLeft = bShownLeft(e.seed, row.id, actor.id);
  const vote = row.votes[0];
  return {
    exampleId: row.id,
    position: row.position,
    prompt: storedPrompt(row.prompt),
    reference: storedReference(row.reference),
    left: answer(bLeft ? "b" : "a"),
    right: answer(bLeft ? "a" : "b"),
    mine: vote ? { choice: displayFromChoice(vote.choice as HumanChoice, bLeft), note: vote.note } : null,
  };
}

/** The pair `actor` should judge next (none judged by them, none skipped in this sitting), with the queue's progress. */
export async function nextBlindPair(actor: Actor, evaluationId: string, opts: { skip?: number[] } = {}): Promise<BlindQueue> {
  const e = await visibleEvaluation(actor, evaluationId);
  const all = await tallies(actor, evaluationId);
  const next = nextPair(all, e.evaluation.votesPerPair, opts.skip);
  return { evaluation: e.evaluation, progress: queueProgress(all, e.evaluation.votesPerPair), pair: next ? await loadPair(actor, e, next.exampleId) : null };
}

/** One pair again, with `actor`'s earlier verdict, so they can change their mind. */
export async function blindPairAt(actor: Actor, evaluationId: string, exampleId: number): Promise<BlindQueue> {
  const e = await visibleEvaluation(actor, evaluationId);
  const all = await tallies(actor, evaluationId);
  return { evaluation: e.evaluation, progress: queueProgress(all, e.evaluation.votesPerPair), pair: await loadPair(actor, e, exampleId) };
}

export type RecordedVote = { exampleId: number; choice: DisplayChoice; note: string; replaced: boolean };

/**
 * Stores `actor`'s verdict in the models' terms. A second vote on the same pair takes
 * the place of the first (one voice per annotator and pair) as a new row, so the
 * newest vote is the one with the highest id and "change my last verdict" finds it.
 */
export async function recordBlindVote(actor: Actor, evaluationId: string, input: EvalVote): Promise<RecordedVote> {
  const e = await visibleEvaluation(actor, evaluationId);
  const example = await db().evalExample.findFirst({
    where: { id: input.exampleId, evaluationId },
    select: { id: true, position: true, calls: { where: { kind: { in: ["a", "b"] } }, select: { kind: true, status: true } } },
  });
  if (!example) throw notFound(`Pair ${input.exampleId} of this evaluation`);
  const done = (kind: string) => example.calls.some((c) => c.kind === kind && c.status === "done");
  if (!done("a") || !done("b")) {
    throw new AppError(
      "conflict",
      `Pair ${input.exampleId} cannot be judged yet: one of its answers is still missing or failed. Judge another pair; it comes back once both answers are in.`,
    );
  }
  const choice = choiceFromDisplay(input.choice, bShownLeft(e.seed, example.id, actor.id));
  const [removed] = await db().$transaction([
    db().evalVote.deleteMany({ where: { exampleId: example.id, userId: actor.id } }),
    db().evalVote.create({ data: { exampleId: example.id, evaluationId, userId: actor.id, choice, note: input.note } }),
    // The verdict in the models' terms stays in the detail: annotators cannot read the log, so nothing is unblinded.
    db().auditEvent.create({
      data: auditEventData({
        actor,
        action: "eval.voted",
        datasetId: e.datasetId,
        targetType: "evaluation",
        targetId: evaluationId,
        summary: `Judged pair #${example.position} of evaluation “${e.evaluation.name}” blind.`,
        detail: { exampleId: example.id, choice, note: input.note || null },
      }),
    }),
  ]);
  const replaced = removed.count > 0;
  return { exampleId: example.id, choice: input.choice, note: input.note, replaced };
}

/** `actor`'s votes on this evaluation, newest first, as they saw them (left, right, tie, both bad). */
export async function myVotes(actor: Actor, evaluationId: string, take = 200): Promise<MyVote[]> {
  const e = await visibleEvaluation(actor, evaluationId);
  const rows = await db().evalVote.findMany({
    where: { evaluationId, userId: actor.id },
    orderBy: { id: "desc" },
    take,
    select: { exampleId: true, choice: true, note: true, createdAt: true, example: { select: { position: true } } },
  });
  return rows.map((r) => ({
    exampleId: r.exampleId,
    position: r.example.position,
    choice: displayFromChoice(r.choice as HumanChoice, bShownLeft(e.seed, r.exampleId, actor.id)),
    note: r.note,
    at: r.createdAt.toISOString(),
  }));
}
