import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import type { Actor } from "../../auth/actor";
import { createDataset } from "../datasets/create-dataset";
import { EVAL_SNAPSHOT_CHOICES } from "../../evals/eval-choices-view";
import { evalChoices, evalPrefill } from "./eval-choices";
import { DatasetCreateSchema } from "../../validation/dataset";

// What the "New evaluation" form offers a lead, and what a link from a fine-tune or a
// snapshot fills in: only from datasets the lead is a member of.

let admin: Actor, lead: Actor;
let support: { id: string }, billing: { id: string }, heldOut: { id: string };
const snapshots: Record<string, string> = {};
const jobs: Record<string, string> = {};
const savedKey = process.env.OPENAI_API_KEY;

async function snapshot(datasetId: string, number: number, validationRecords: number, createdAt: Date) {
  const s = await db().snapshot.create({
    data: {
      datasetId,
      number,
      filter: "{}",
      records: 10 + validationRecords,
      trainRecords: 10,
      validationRecords,
      validationFraction: validationRecords ? 0.2 : null,
      manifest: "{}",
      directory: `/tmp/none-${datasetId}-${number}`,
      createdById: admin.id,
      createdAt,
    },
  });
  return s.id;
}

async function job(datasetId: string, snapshotId: string, o: { status: string; fineTunedModel?: string; suffix?: string; finishedAt?: Date }) {
  const j = await db().fineTuneJob.create({
    data: {
      datasetId,
      snapshotId,
      provider: "openai",
      providerHost: "api.openai.com",
      baseModel: "gpt-4o-mini-2024-07-18",
      method: "supervised",
      hyperparameters: "{}",
      idempotencyKey: `key-${Math.random()}`,
      status: o.status,
      fineTunedModel: o.fineTunedModel ?? null,
      suffix: o.suffix ?? null,
      finishedAt: o.finishedAt ?? null,
      createdById: admin.id,
    },
  });
  return j.id;
}

const line = (i: number) =>
  JSON.stringify({
    messages: [
      { role: "user", content: `Question ${i}?` },
      { role: "assistant", content: `Answer ${i}.` },
    ],
  });

beforeAll(async () => {
  process.env.OPENAI_API_KEY = "sk-eval-choices-test-0123456789";
  admin = await commandLineActor();
  const u = await db().user.create({ data: { email: "lena@example.com", name: "Lena", role: "lead" }, select: { id: true, email: true, name: true } });
  lead = { ...u, role: "lead" };
  support = await createDataset(DatasetCreateSchema.parse({ name: "support" }), admin);
  billing = await createDataset(DatasetCreateSchema.parse({ name: "billing" }), admin);
  heldOut = await createDataset(DatasetCreateSchema.parse({ name: "support held out" }), admin);
  await db().dataset.update({ where: { id: heldOut.id }, data: { forEvaluation: true } });
  const records: [string, string, Date | null][] = [
    ["chat", "approved", null],
    ["chat", "approved", null],
    ["chat", "pending", null],
    ["chat", "duplicate", null],
    ["invalid", "approved", null],
    ["chat", "approved", new Date()],
  ];
  for (const [i, [kind, status, deletedAt]] of records.entries()) {
    await db().conversation.create({ data: { datasetId: heldOut.id, kind, status, deletedAt, body: kind === "invalid" ? "not json" : line(i) } });
  }
  await db().datasetMember.createMany({
    data: [
      { datasetId: support.id, userId: lead.id },
      { datasetId: heldOut.id, userId: lead.id },
    ],
  });

  snapshots.old = await snapshot(support.id, 1, 4, new Date("2026-01-01"));
  snapshots.noSplit = await snapshot(support.id, 2, 0, new Date("2026-02-01"));
  snapshots.newest = await snapshot(support.id, 3, 6, new Date("2026-03-01"));
  snapshots.hidden = await snapshot(billing.id, 1, 5, new Date("2026-04-01"));
  jobs.done = await job(support.id, snapshots.newest, {
    status: "succeeded",
    fineTunedModel: "ft:gpt-4o-mini-2024-07-18:acme:support:abc",
    suffix: "support",
    finishedAt: new Date("2026-03-02"),
  });
  jobs.noSplit = await job(support.id, snapshots.noSplit, {
    status: "succeeded",
    fineTunedModel: "ft:gpt-4o-mini-2024-07-18:acme:nosplit:def",
    finishedAt: new Date("2026-02-02"),
  });
  jobs.running = await job(support.id, snapshots.old, { status: "running", suffix: "still" });
  jobs.hidden = await job(billing.id, snapshots.hidden, { status: "succeeded", fineTunedModel: "ft:gpt-4o-mini-2024-07-18:acme:billing:ghi" });
});

afterAll(async () => {
  if (savedKey === undefined) delete process.env.OPENAI_API_KEY;
  else process.env.OPENAI_API_KEY = savedKey;
  await closeDb();
});

describe("evalChoices", () => {
  it("offers a lead only their datasets' validation splits, newest first, and only succeeded fine-tunes", async () => {
    const c = await evalChoices(lead);
    expect(c.snapshots.map((s) => s.id)).toEqual([snapshots.newest, snapshots.old]);
    expect(c.snapshots[0]).toMatchObject({ number: 3, validationRecords: 6, kind: "chat", dataset: { id: support.id, name: "support" } });
    expect(c.datasets.map((d) => d.name)).toEqual(["support", "support held out"]);
    expect(c.fineTuned.map((f) => f.jobId)).toEqual([jobs.done, jobs.noSplit]);
    expect(c.fineTuned[0]).toEqual({
      jobId: jobs.done,
      fineTunedModel: "ft:gpt-4o-mini-2024-07-18:acme:support:abc",
      baseModel: "gpt-4o-mini-2024-07-18",
      suffix: "support",
      provider: "openai",
      dataset: { id: support.id, name: "support" },
      snapshotNumber: 3,
    });
  });

  it("counts a held-out dataset's valid records as the eval set will read them", async () => {
    const c = await evalChoices(lead);
    // Two approved and one pending count; an invalid line, a resolved duplicate and a record in the trash do not.
    expect(c.evalDatasets).toEqual([{ id: heldOut.id, name: "support held out", approved: 2, all: 3 }]);
  });

  it("shows an admin every dataset, the base models, and which providers can answer", async () => {
    const c = await evalChoices(admin);
    expect(c.snapshots.map((s) => s.id)).toEqual([snapshots.hidden, snapshots.newest, snapshots.old]);
    expect(c.datasets.map((d) => d.name)).toEqual(["billing", "support", "support held out"]);
    expect(c.fineTuned.map((f) => f.jobId)).toContain(jobs.hidden);
    expect(c.baseModels).toContain("gpt-4o-mini-2024-07-18");
    expect(c.baseModels[c.baseModels.length - 1]).toBe("gpt-3.5-turbo-0613");
    const openai = c.providers.find((p) => p.kind === "openai");
    expect(openai).toMatchObject({ configured: true, host: "api.openai.com" });
    expect(openai).not.toHaveProperty("keyHint");
    expect(c.providers.find((p) => p.kind === "azure")?.configured).toBe(false);
  });

  it("adds a prefilled snapshot that is not among the newest, but never one the user cannot see", async () => {
    await expect(evalChoices(lead, { snapshotId: snapshots.hidden })).resolves.toMatchObject({ snapshots: [{ id: snapshots.newest }, { id: snapshots.old }] });
  });
});

describe("evalPrefill", () => {
  it("fills a fine-tune's split, base model, fine-tuned model and provider", async () => {
    expect(await evalPrefill(lead, { fineTune: jobs.done })).toEqual({
      snapshotId: snapshots.newest,
      modelA: "gpt-4o-mini-2024-07-18",
      modelB: "ft:gpt-4o-mini-2024-07-18:acme:support:abc",
      provider: "openai",
      notes: [],
    });
  });

  it("says why it left the source or model B empty", async () => {
    const noSplit = await evalPrefill(lead, { fineTune: jobs.noSplit });
    expect(noSplit.snapshotId).toBeUndefined();
    expect(noSplit.modelB).toBe("ft:gpt-4o-mini-2024-07-18:acme:nosplit:def");
    expect(noSplit.notes).toEqual([expect.stringMatching(/Snapshot #2.*no validation split/)]);
    const running = await evalPrefill(lead, { fineTune: jobs.running });
    expect(running).toMatchObject({ snapshotId: snapshots.old, modelA: "gpt-4o-mini-2024-07-18" });
    expect(running.modelB).toBeUndefined();
    expect(running.notes).toEqual([expect.stringMatching(/“still” has produced no model yet \(it is running\)/)]);
  });

  it("fills a snapshot's split, and a snapshot named too takes the place of the fine-tune's", async () => {
    expect(await evalPrefill(lead, { snapshot: snapshots.old })).toEqual({ snapshotId: snapshots.old, notes: [] });
    expect(await evalPrefill(lead, { fineTune: jobs.done, snapshot: snapshots.old })).toMatchObject({
      snapshotId: snapshots.old,
      modelB: expect.stringContaining("support"),
    });
    expect((await evalPrefill(lead, { snapshot: snapshots.noSplit })).notes).toEqual([expect.stringMatching(/#2 of support has no validation split/)]);
  });

  it("fills nothing from another team's fine-tune or snapshot, and says so", async () => {
    const p = await evalPrefill(lead, { fineTune: jobs.hidden, snapshot: snapshots.hidden });
    expect(p).toEqual({ notes: [expect.stringMatching(/^No fine-tune .* that you can see/), expect.stringMatching(/^No snapshot .* that you can see/)] });
  });
});

describe("many snapshots", () => {
  it("lists the newest hundred, plus the prefilled one when it is older", async () => {
    const many = await createDataset(DatasetCreateSchema.parse({ name: "many snapshots" }), admin);
    await db().snapshot.createMany({
      data: Array.from({ length: EVAL_SNAPSHOT_CHOICES }, (_, i) => ({
        datasetId: many.id,
        number: i + 1,
        filter: "{}",
        records: 12,
        trainRecords: 10,
        validationRecords: 2,
        validationFraction: 0.2,
        manifest: "{}",
        directory: `/tmp/none-many-${i}`,
        createdById: admin.id,
        createdAt: new Date(Date.UTC(2026, 5, 1, 0, i)),
      })),
    });
    const plain = await evalChoices(admin);
    expect(plain.snapshots).toHaveLength(EVAL_SNAPSHOT_CHOICES);
    expect(plain.snapshots.map((s) => s.id)).not.toContain(snapshots.old);
    const prefilled = await evalChoices(admin, { snapshotId: snapshots.old });
    expect(prefilled.snapshots).toHaveLength(EVAL_SNAPSHOT_CHOICES + 1);
    expect(prefilled.snapshots[EVAL_SNAPSHOT_CHOICES].id).toBe(snapshots.old);
  });
});
