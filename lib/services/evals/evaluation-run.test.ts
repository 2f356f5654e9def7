import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { standInForTests } from "../../../e2e/openai-stand-in/stand-in-for-tests";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { createSnapshot } from "../snapshots/create-snapshot";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { EvalRequestSchema, type EvalRequestInput } from "../../validation/eval-request";
import { createEvaluation, previewEvaluation } from "./create-evaluation";
import { runEvaluation } from "./run-evaluation";
import { cancelEvaluation, resumeEvaluation } from "../../db/evals/eval-control";
import { getEvaluation } from "../../db/evals/read-evaluations";
import { sendBackExample } from "./send-back";
import { claimEvaluation, EVAL_LEASE_MS } from "../../db/evals/eval-lease";
import { launchPreview } from "../../db/fine-tunes/launch-preview";
import { BulkRequestSchema } from "../../validation/bulk";
import { parcelLine } from "../../test/parcel-line";
import { scopeOf, snapshotScope } from "../../test/test-scope";

// An evaluation's whole run against the local stand-in of the provider, on a real
// database: both models answer every prompt, the judge compares them in both orders,
// a 429 is waited out, a missing model stops the run, cancel and resume lose nothing,
// and a losing example goes back to the training data.

const KEY = "sk-eval-run-test-0123456789abcdef";
const { standIn, base } = standInForTests(KEY, { timing: { chatMs: 0 } });

beforeAll(() => {
  process.env.OPENAI_API_KEY = KEY;
  process.env.OPENAI_BASE_URL = base();
});
afterAll(closeDb);

async function snapshotOf(name: string, records = 20) {
  const { dataset } = await importText(name, Array.from({ length: records }, (_, i) => parcelLine(i)).join("\n"));
  await runBackgroundWorkUntilIdle();
  const actor = await commandLineActor();
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, select: { id: true } })).map((c) => c.id);
  await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse({ selection: { ids }, action: { type: "set_status", status: "approved" } }), actor);
  const snapshot = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ validation: "0.25", seed: "7" }));
  return { actor, dataset, snapshot };
}

const request = (snapshotId: string, more: Partial<EvalRequestInput> = {}) =>
  EvalRequestSchema.parse({
    source: { kind: "snapshot", snapshotId },
    modelA: "gpt-4o-mini-2024-07-18",
    modelB: "gpt-4.1-mini-2025-04-14",
    concurrency: 3,
    seed: 11,
    ...more,
  });

const chatCalls = () => standIn.calls.chatCompletions.filter((c) => c.status === 200);
const calls = (evaluationId: string) => db().evalCall.findMany({ where: { evaluationId }, orderBy: { id: "asc" } });

describe("an evaluation's run", () => {
  it("asks both models every held-out prompt, has the judge compare them in both orders, and reports the scores", async () => {
    const { actor, snapshot } = await snapshotOf("eval run");
    const preview = await previewEvaluation(actor, request(snapshot.id, { judgeModel: "gpt-4.1-2025-04-14" }));
    expect(preview.examples).toBe(5);
    expect(preview.estimate.calls).toBe(20);
    expect(preview.estimate.costUsd).toBeGreaterThan(0);
    const before = chatCalls().length;
    const { id } = await createEvaluation(actor, request(snapshot.id, { judgeModel: "gpt-4.1-2025-04-14" }));
    expect(await runEvaluation(id, { owner: "test" })).toBe("completed");

    const rows = await calls(id);
    expect(rows).toHaveLength(20);
    expect(rows.every((c) => c.status === "done" && c.promptTokens! > 0 && c.completionTokens! > 0 && c.latencyMs !== null)).toBe(true);
    expect(chatCalls().length - before).toBe(20);
    const judged = chatCalls()
      .slice(before)
      .filter((c) => c.schema === "pairwise_verdict");
    expect(judged).toHaveLength(10);
    // Every answer request carries the run's own settings; the prompt stops before the reference turn.
    const sent = chatCalls()
      .slice(before)
      .filter((c) => c.schema === null);
    expect(sent.every((c) => c.messages === 2)).toBe(true);
    const verdicts = rows.filter((c) => c.kind.startsWith("judge")).map((c) => JSON.parse(c.output!).verdict);
    expect(verdicts.every((v) => v === "first" || v === "second" || v === "tie")).toBe(true);

    const report = await getEvaluation(actor, id);
    expect(report.status).toBe("completed");
    expect(report.summary.examples).toBe(5);
    expect(report.summary.scores.a.f1?.n).toBe(5);
    expect(report.summary.judge?.judged).toBe(5);
    expect(report.usage.a.calls).toBe(5);
    expect(report.usage.judge?.calls).toBe(10);
  });

  it("waits as long as a 429 asks, then finishes with every answer", async () => {
    const { actor, snapshot } = await snapshotOf("eval rate limited");
    const { id } = await createEvaluation(actor, request(snapshot.id));
    standIn.faults.set({ status: 429, times: 3, path: "/v1/chat/completions", retryAfterMs: 30 });
    expect(await runEvaluation(id, { owner: "test" })).toBe("completed");
    const rows = await calls(id);
    expect(rows.every((c) => c.status === "done")).toBe(true);
    expect(rows.reduce((t, c) => t + c.attempts, 0)).toBe(rows.length + 3);
  });

  it("stops the run when a model does not exist, keeps what it has, and resumes once it is fixed", async () => {
    const { actor, snapshot } = await snapshotOf("eval missing model");
    const { id } = await createEvaluation(actor, request(snapshot.id, { modelB: "ft:gpt-4o-mini-2024-07-18:acme::nope", concurrency: 1 }));
    expect(await runEvaluation(id, { owner: "test" })).toBe("failed");
    const stopped = await getEvaluation(actor, id);
    expect(stopped.status).toBe("failed");
    expect(stopped.error?.status).toBe(404);
    expect(stopped.error?.message).toContain("does not exist");
    expect((await calls(id)).filter((c) => c.kind === "a" && c.status === "done").length).toBeGreaterThan(0);

    await db().evaluation.update({ where: { id }, data: { modelB: "gpt-4.1-nano-2025-04-14" } });
    expect(await resumeEvaluation(actor, id)).toMatchObject({ resumed: true });
    const before = chatCalls().length;
    const pending = (await calls(id)).filter((c) => c.status === "pending").length;
    expect(await runEvaluation(id, { owner: "test" })).toBe("completed");
    // Answers stored before the stop are not asked for again.
    expect(chatCalls().length - before).toBe(pending);
  });

  it("cancels before the next request, and resumes without asking anything twice", async () => {
    const { actor, snapshot } = await snapshotOf("eval cancel", 40);
    standIn.timing.chatMs = 40;
    try {
      const { id } = await createEvaluation(actor, request(snapshot.id, { concurrency: 1 }));
      const running = runEvaluation(id, { owner: "test" });
      await expect.poll(async () => (await calls(id)).filter((c) => c.status === "done").length, { timeout: 5_000 }).toBeGreaterThan(2);
      await cancelEvaluation(actor, id);
      expect(await running).toBe("stopped");
      const afterCancel = await calls(id);
      expect((await getEvaluation(actor, id)).status).toBe("cancelled");
      const pending = afterCancel.filter((c) => c.status === "pending").length;
      expect(pending).toBeGreaterThan(0);

      await resumeEvaluation(actor, id);
      const before = chatCalls().length;
      expect(await runEvaluation(id, { owner: "test" })).toBe("completed");
      expect(chatCalls().length - before).toBe(pending);
    } finally {
      standIn.timing.chatMs = 0;
    }
  });

  it("is run by one process at a time, and taken over when that process stops renewing its lease", async () => {
    const { actor, snapshot } = await snapshotOf("eval lease");
    const { id } = await createEvaluation(actor, request(snapshot.id), { leaseOwner: "cli:1" });
    expect(await claimEvaluation(id, "server:2")).toBe(false);
    expect(await runEvaluation(id, { owner: "server:2" })).toBe("busy");
    // The CLI died: its lease runs out unrenewed, and the server takes the run.
    expect(await claimEvaluation(id, "server:2", new Date(Date.now() + EVAL_LEASE_MS + 1_000))).toBe(true);
    expect(await runEvaluation(id, { owner: "cli:1" })).toBe("busy");
    expect(await runEvaluation(id, { owner: "server:2" })).toBe("completed");
  });

  it("sends a losing example back to the training dataset once, as a record waiting for changes", async () => {
    const { actor, dataset, snapshot } = await snapshotOf("eval send back");
    const { id } = await createEvaluation(actor, request(snapshot.id));
    await runEvaluation(id, { owner: "test" });
    const example = await db().evalExample.findFirstOrThrow({ where: { evaluationId: id }, orderBy: { position: "asc" } });
    const sent = sendBackExample(actor, id, example.id);
    expect(sent).toMatchObject({ created: true, datasetId: dataset.id });
    const record = await db().conversation.findUniqueOrThrow({ where: { id: sent.conversationId } });
    expect(record).toMatchObject({ status: "needs_changes", fromEvaluationId: id, kind: "chat" });
    const body = JSON.parse(record.body) as { messages: { role: string; content: string }[] };
    const answerB = JSON.parse((await db().evalCall.findFirstOrThrow({ where: { exampleId: example.id, kind: "b" } })).output!) as { content: string };
    expect(body.messages.at(-1)).toEqual({ role: "assistant", content: answerB.content });
    expect(record.note).toContain("Reference answer: Parcel");
    expect(sendBackExample(actor, id, example.id)).toMatchObject({ conversationId: sent.conversationId, created: false });
    const audit = await db().auditEvent.findFirst({ where: { action: "eval.sent_back", targetId: String(sent.conversationId) } });
    expect(audit?.summary).toContain(`record #${sent.conversationId}`);
  });

  it("answers a lead outside the eval set's dataset 404 before reading anything about it, and never says its name", async () => {
    const { actor, dataset, snapshot } = await snapshotOf("eval secret payroll", 12);
    const bare = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ seed: "1" }));
    const user = await db().user.create({
      data: { email: "outsider@example.com", name: "Outsider", role: "lead" },
      select: { id: true, email: true, name: true },
    });
    const outsider = { ...user, role: "lead" as const };
    const own = await snapshotOf("eval outsider's own", 12);
    await db().datasetMember.create({ data: { datasetId: own.dataset.id, userId: user.id } });
    await db().dataset.update({ where: { id: own.dataset.id }, data: { forEvaluation: true } });
    const asks = [
      // Not held out, and a snapshot without a validation split: both once answered with the dataset's name.
      EvalRequestSchema.parse({
        source: { kind: "dataset", datasetId: dataset.id },
        trainingDatasetId: own.dataset.id,
        modelA: "gpt-4o-mini",
        modelB: "gpt-4o",
      }),
      request(bare.id),
      request(snapshot.id),
      EvalRequestSchema.parse({
        source: { kind: "dataset", datasetId: own.dataset.id },
        trainingDatasetId: dataset.id,
        modelA: "gpt-4o-mini",
        modelB: "gpt-4o",
      }),
    ];
    for (const asked of asks) {
      for (const attempt of [previewEvaluation(outsider, asked), createEvaluation(outsider, asked)]) {
        const error = await attempt.then(
          () => null,
          (e: unknown) => e as { code?: string; message: string },
        );
        expect(error?.code, error?.message).toBe("not_found");
        expect(error?.message).not.toContain(dataset.name);
      }
    }
    expect(await db().evaluation.count({ where: { createdById: user.id } })).toBe(0);
  });

  it("stops rather than send a run's prompts to a provider that moved since it started", async () => {
    const { actor, snapshot } = await snapshotOf("eval provider moved");
    const { id } = await createEvaluation(actor, request(snapshot.id));
    const before = standIn.calls.chatCompletions.length;
    process.env.OPENAI_BASE_URL = "http://127.0.0.1:9/v1";
    try {
      expect(await runEvaluation(id, { owner: "test" })).toBe("failed");
    } finally {
      process.env.OPENAI_BASE_URL = base();
    }
    expect(standIn.calls.chatCompletions.length).toBe(before);
    const stopped = await getEvaluation(actor, id);
    expect(stopped.error?.explanation).toBe(
      `This evaluation was started with OpenAI at ${new URL(base()).host}, and OpenAI is set up at 127.0.0.1:9 now, so none of its remaining prompts were sent. Start a new evaluation, or have an admin point OPENAI_BASE_URL back at ${new URL(base()).host} and resume it.`,
    );
    expect(await resumeEvaluation(actor, id)).toMatchObject({ resumed: true });
    expect(await runEvaluation(id, { owner: "test" })).toBe("completed");
  });

  it("refuses a dataset that is not held out for evaluation, and names the fix", async () => {
    const { actor, dataset, snapshot } = await snapshotOf("eval not held out", 12);
    const asked = EvalRequestSchema.parse({
      source: { kind: "dataset", datasetId: dataset.id },
      trainingDatasetId: dataset.id,
      modelA: "gpt-4o-mini",
      modelB: "gpt-4o",
    });
    await expect(previewEvaluation(actor, asked)).rejects.toThrow(/not marked for evaluation.*mark a held-out dataset/);
    await db().dataset.update({ where: { id: dataset.id }, data: { forEvaluation: true } });
    expect((await previewEvaluation(actor, asked)).examples).toBe(12);
    // Once held out, nothing of it is trained on.
    const launch = await launchPreview(snapshotScope(snapshot.id), {
      snapshotId: snapshot.id,
      model: "gpt-4o-mini-2024-07-18",
      method: "supervised",
      provider: "openai",
    });
    expect(launch.blockers).toContain(
      `${dataset.name} is held out for evaluation: a model trained on it can no longer be measured on it. Train on another dataset, or unmark it in its settings first.`,
    );
  });
});
