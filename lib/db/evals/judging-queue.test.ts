import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import type { Actor } from "../../auth/actor";
import { findOrCreateDataset } from "../datasets/create-dataset";
import { bShownLeft } from "../../evals/blind-order";
import { EvalVoteSchema } from "../../validation/eval-vote";
import { blindPairAt, myVotes, nextBlindPair, recordBlindVote } from "./judging-queue";

afterAll(closeDb);

// One evaluation of five examples, wanting two votes per pair: four pairs have both
// answers, the fifth still waits for model B. A second evaluation in the same dataset
// has one pair of its own. The stored answers echo their model's name, as some
// providers do, so the tests can check it never reaches a judge.

const MODEL_A = "gpt-base-xyz";
const MODEL_B = "ft:gpt-base-xyz:acme::zz9";
let evalId = "";
let otherEvalId = "";
let exampleIds: number[] = [];
let otherExampleId = 0;
let ann: Actor, bea: Actor, outsider: Actor;

async function user(name: string, datasetId?: string): Promise<Actor> {
  const u = await db().user.create({ data: { email: `${name}@judging.test`, name, role: "annotator" } });
  if (datasetId) await db().datasetMember.create({ data: { datasetId, userId: u.id } });
  return { id: u.id, email: u.email, name: u.name, role: "annotator" };
}

const answer = (model: string, text: string) => JSON.stringify({ content: text, toolCalls: [], finishReason: "stop", model });

async function evaluation(datasetId: string, createdById: string, name: string, positions: { bDone: boolean }[]) {
  const e = await db().evaluation.create({
    data: {
      datasetId,
      createdById,
      name,
      source: "{}",
      provider: "openai",
      providerHost: "api.openai.com",
      modelA: MODEL_A,
      modelB: MODEL_B,
      seed: 11,
      votesPerPair: 2,
      status: "running",
    },
  });
  const ids: number[] = [];
  for (const [i, p] of positions.entries()) {
    const prompt = JSON.stringify({ messages: [{ role: "user", content: `Where is parcel ${i + 1}?` }], model: MODEL_B });
    const reference = JSON.stringify({ content: `Reference ${i + 1}`, toolCalls: [] });
    const ex = await db().evalExample.create({ data: { evaluationId: e.id, position: i + 1, conversationId: 1000 + i, version: 1, prompt, reference } });
    await db().evalCall.create({ data: { exampleId: ex.id, evaluationId: e.id, kind: "a", status: "done", output: answer(MODEL_A, `A answers ${i + 1}`) } });
    await db().evalCall.create({
      data: {
        exampleId: ex.id,
        evaluationId: e.id,
        kind: "b",
        status: p.bDone ? "done" : "pending",
        output: p.bDone ? answer(MODEL_B, `B answers ${i + 1}`) : null,
      },
    });
    ids.push(ex.id);
  }
  return { id: e.id, ids };
}

const vote = (actor: Actor, exampleId: number, choice: string, note = "", id = evalId) =>
  recordBlindVote(actor, id, EvalVoteSchema.parse({ exampleId, choice, note }));
const stored = (actor: Actor, exampleId: number) => db().evalVote.findMany({ where: { exampleId, userId: actor.id } });

beforeAll(async () => {
  const cli = await commandLineActor();
  const dataset = await findOrCreateDataset("blind-judging", cli);
  ann = await user("ann", dataset.id);
  bea = await user("bea", dataset.id);
  outsider = await user("otto");
  const main = await evaluation(dataset.id, cli.id, `${MODEL_A} vs ${MODEL_B}`, [
    { bDone: true },
    { bDone: true },
    { bDone: true },
    { bDone: true },
    { bDone: false },
  ]);
  evalId = main.id;
  exampleIds = main.ids;
  const other = await evaluation(dataset.id, cli.id, "other", [{ bDone: true }]);
  otherEvalId = other.id;
  otherExampleId = other.ids[0];
});

describe("blind judging queue", () => {
  it("serves the first ready pair in the annotator's seeded order, with no model named anywhere", async () => {
    const q = await nextBlindPair(ann, evalId);
    expect(q.progress).toEqual({ pairs: 4, judgedByMe: 0, complete: 0 });
    expect(q.evaluation).toEqual({ id: evalId, name: "model A vs model B", votesPerPair: 2, status: "running" });
    const pair = q.pair!;
    expect(pair.position).toBe(1);
    const bLeft = bShownLeft(11, exampleIds[0], ann.id);
    expect(pair.left.content).toBe(bLeft ? "B answers 1" : "A answers 1");
    expect(pair.right.content).toBe(bLeft ? "A answers 1" : "B answers 1");
    expect(pair.reference?.content).toBe("Reference 1");
    expect(pair.prompt).toEqual({ messages: [{ role: "user", content: "Where is parcel 1?" }] });
    expect(pair.mine).toBeNull();
    expect(JSON.stringify(q)).not.toMatch(/gpt-base-xyz|zz9|"a"|"b"|modelA|modelB/);
  });

  it("stores the verdict in the models' terms, from the side the annotator saw", async () => {
    const first = (await nextBlindPair(ann, evalId)).pair!;
    const r = await vote(ann, first.exampleId, "left", "  clearer  ");
    expect(r).toEqual({ exampleId: first.exampleId, choice: "left", note: "clearer", replaced: false });
    const [row] = await stored(ann, first.exampleId);
    // The model whose answer was on the left is the one the vote names.
    expect(row.choice).toBe(first.left.content?.startsWith("B") ? "b" : "a");
    expect(row.note).toBe("clearer");
    expect(row.evaluationId).toBe(evalId);
    const audit = await db().auditEvent.findFirst({ where: { action: "eval.voted", actorId: ann.id }, orderBy: { id: "desc" } });
    expect(audit?.summary).toMatch(new RegExp(`^Judged pair #${first.position} of evaluation .* blind\\.$`));
    expect(JSON.parse(audit!.detail!)).toMatchObject({ exampleId: first.exampleId, choice: row.choice });
  });

  it("moves on to the pairs with the fewest votes, and never serves a pair twice to one annotator", async () => {
    expect((await nextBlindPair(ann, evalId)).pair?.exampleId).toBe(exampleIds[1]);
    // Pair 1 has a vote now, so another annotator starts at pair 2 as well.
    expect((await nextBlindPair(bea, evalId)).pair?.exampleId).toBe(exampleIds[1]);
    for (const id of exampleIds.slice(1, 4)) await vote(ann, id, "tie");
    const done = await nextBlindPair(ann, evalId);
    expect(done.pair).toBeNull();
    expect(done.progress).toEqual({ pairs: 4, judgedByMe: 4, complete: 0 });
    // Every ready pair has one vote now: set order again, and skipped pairs are left out.
    expect((await nextBlindPair(bea, evalId)).pair?.position).toBe(1);
    expect((await nextBlindPair(bea, evalId, { skip: [exampleIds[0], exampleIds[1]] })).pair?.position).toBe(3);
  });

  it("counts a pair complete once it has its votes", async () => {
    await vote(bea, exampleIds[0], "right");
    expect((await nextBlindPair(bea, evalId)).progress).toEqual({ pairs: 4, judgedByMe: 1, complete: 1 });
  });

  it("lets a second vote on a pair take the place of the first", async () => {
    const r = await vote(ann, exampleIds[0], "both_bad", "neither found the parcel");
    expect(r.replaced).toBe(true);
    const rows = await stored(ann, exampleIds[0]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ choice: "both_bad", note: "neither found the parcel" });
  });

  it("gives back the annotator's votes newest first, and a pair with their verdict as they saw it", async () => {
    const votes = await myVotes(ann, evalId);
    expect(votes.map((v) => v.exampleId)).toEqual([exampleIds[0], exampleIds[3], exampleIds[2], exampleIds[1]]);
    expect(votes[0]).toMatchObject({ position: 1, choice: "both_bad", note: "neither found the parcel" });
    const again = await blindPairAt(bea, evalId, exampleIds[0]);
    expect(again.pair?.mine).toEqual({ choice: "right", note: "" });
    expect(JSON.stringify(again)).not.toMatch(/gpt-base-xyz|zz9/);
    const [row] = await stored(bea, exampleIds[0]);
    expect(row.choice).toBe(again.pair!.right.content?.startsWith("B") ? "b" : "a");
  });

  it("refuses a pair whose answers are not both done", async () => {
    await expect(vote(ann, exampleIds[4], "left")).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/cannot be judged yet/) });
    await expect(blindPairAt(ann, evalId, exampleIds[4])).rejects.toMatchObject({ code: "not_found" });
    expect(await stored(ann, exampleIds[4])).toHaveLength(0);
  });

  it("treats a pair of another evaluation, and an evaluation outside the annotator's datasets, as not found", async () => {
    await expect(vote(ann, otherExampleId, "left")).rejects.toMatchObject({ code: "not_found" });
    expect(await stored(ann, otherExampleId)).toHaveLength(0);
    await expect(vote(ann, exampleIds[1], "left", "", otherEvalId)).rejects.toMatchObject({ code: "not_found" });
    await expect(nextBlindPair(outsider, evalId)).rejects.toMatchObject({ code: "not_found" });
    await expect(vote(outsider, exampleIds[1], "left")).rejects.toMatchObject({ code: "not_found" });
    await expect(nextBlindPair(ann, "no-such-evaluation")).rejects.toMatchObject({ code: "not_found" });
  });
});
