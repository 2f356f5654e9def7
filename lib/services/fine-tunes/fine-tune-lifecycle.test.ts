import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock, standInForTests } from "../../../e2e/openai-stand-in/stand-in-for-tests";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { createSnapshot } from "../snapshots/create-snapshot";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { LaunchRequestSchema } from "../../validation/launch-request";
import { createFineTune } from "./create-fine-tune";
import { launchPreview } from "../../db/fine-tunes/launch-preview";
import { previewOfRequest } from "./launch-fine-tune";
import { executeLaunch } from "./run-launch";
import { pollDueFineTunes, pollFineTune } from "./poll-fine-tunes";
import { resetLaunch } from "./retry-launch";
import { cancelFineTune } from "./cancel-fine-tune";
import { getFineTune } from "../../db/fine-tunes/read-fine-tunes";
import { readFileSync } from "node:fs";
import { PUBLIC_DATA } from "../../test/import-helpers";
import { join } from "node:path";
import { BulkRequestSchema } from "../../validation/bulk";
import { parcelLine } from "../../test/parcel-line";
import { scopeOf, snapshotScope } from "../../test/test-scope";

// The whole life of a job against the local stand-in of the provider, on a real
// database: launch, follow to the end, refusals, retries and back-off. The stand-in's
// clock is moved by hand, so nothing here waits for simulated work.

const KEY = "sk-lifecycle-test-0123456789abcdef";
const clock = manualClock();
const { standIn, base } = standInForTests(KEY, { clock: clock.now, timing: { fileProcessingMs: 0, validatingMs: 1000, queuedMs: 1000, runningMs: 4000 } });

beforeAll(() => {
  process.env.OPENAI_API_KEY = KEY;
  process.env.OPENAI_BASE_URL = base();
});
afterAll(closeDb);

async function snapshotOf(name: string) {
  const { dataset } = await importText(name, Array.from({ length: 20 }, (_, i) => parcelLine(i)).join("\n"));
  await runBackgroundWorkUntilIdle();
  const actor = await commandLineActor();
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, select: { id: true } })).map((c) => c.id);
  await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse({ selection: { ids }, action: { type: "set_status", status: "approved" } }), actor);
  const snapshot = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ validation: "0.2", seed: "7" }));
  return { actor, snapshot };
}

async function launched(name: string, fields: Record<string, unknown> = {}) {
  const { actor, snapshot } = await snapshotOf(name);
  const request = LaunchRequestSchema.parse({ model: "gpt-4o-mini-2024-07-18", suffix: "parcels", ...fields });
  const preview = await previewOfRequest(snapshotScope(snapshot.id), snapshot.id, request);
  const job = await createFineTune(actor, preview, request);
  return { actor, snapshot, request, preview, job };
}

const row = (id: string) => db().fineTuneJob.findUniqueOrThrow({ where: { id } });
const jobCreations = () => standIn.calls.fineTuning.filter((c) => c.method === "POST" && c.path.endsWith("/fine_tuning/jobs") && c.status === 200).length;
const uploads = () => standIn.calls.fineTuning.filter((c) => c.method === "POST" && c.path.endsWith("/files")).length;

describe("a fine-tune's life", () => {
  it("uploads both files, creates the job with method and metadata, and follows it to a model with its curves", async () => {
    const { actor, preview, job } = await launched("lifecycle success", { n_epochs: "2" });
    expect(preview.blockers).toEqual([]);
    expect(preview.snapshot.validationRecords).toBe(4);
    await executeLaunch(job.id);
    const created = await row(job.id);
    expect(created).toMatchObject({ status: "validating_files", error: null });
    expect(created.trainingFileId).toMatch(/^file-/);
    expect(created.validationFileId).toMatch(/^file-/);
    const body = standIn.calls.fineTuning.find((c) => c.method === "POST" && c.path.endsWith("/fine_tuning/jobs"))!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      model: "gpt-4o-mini-2024-07-18",
      suffix: "parcels",
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2 } } },
    });
    expect(body).not.toHaveProperty("hyperparameters");
    expect((body.metadata as Record<string, string>).tuneset_idempotency_key).toBe(created.idempotencyKey);

    for (const [ms, status] of [
      [1000, "queued"],
      [1000, "running"],
      [4500, "succeeded"],
    ] as const) {
      clock.advance(ms);
      await pollFineTune(await row(job.id));
      expect((await row(job.id)).status).toBe(status);
    }
    const done = await getFineTune(actor, job.id);
    expect(done.fineTunedModel).toMatch(/^ft:gpt-4o-mini-2024-07-18:.*:parcels:/);
    expect(done.trainedTokens).toBeGreaterThan(0);
    expect(done.finishedAt).not.toBeNull();
    expect(done.nextPollAt).toBeNull();
    const metrics = done.events.filter((e) => e.type === "metrics");
    expect(metrics.length).toBeGreaterThan(3);
    expect(metrics.some((e) => typeof e.data?.valid_loss === "number")).toBe(true);
    expect(done.checkpoints.length).toBeGreaterThan(0);
    // Polling again stores no event twice.
    await pollFineTune(await row(job.id));
    expect((await getFineTune(actor, job.id)).events).toHaveLength(done.events.length);
  });

  it("answers a second click with the same job, and a second launch run creates nothing more", async () => {
    const { actor, preview, request, job } = await launched("lifecycle twice");
    const again = await createFineTune(actor, preview, { ...request, idempotencyKey: (await row(job.id)).idempotencyKey });
    expect(again).toEqual({ id: job.id, created: false });
    const before = jobCreations();
    await Promise.all([executeLaunch(job.id), executeLaunch(job.id)]);
    await executeLaunch(job.id);
    expect(jobCreations()).toBe(before + 1);
  });

  it("keeps a 403 refusal in the provider's words, and a retry after it creates exactly one job without uploading again", async () => {
    const message = "This organization is not eligible to create fine-tuning jobs. Contact your account team.";
    standIn.faults.set({ status: 403, path: "/v1/fine_tuning/jobs", method: "POST", message });
    const { job } = await launched("lifecycle refused");
    await executeLaunch(job.id);
    const refused = await row(job.id);
    expect(refused.status).toBe("refused");
    expect(refused.providerJobId).toBeNull();
    const error = JSON.parse(refused.error!);
    expect(error).toMatchObject({ status: 403, message });
    expect(error.explanation).toMatch(/not allowed|eligib/i);
    const audit = await db().auditEvent.findFirst({ where: { action: "finetune.refused", targetId: job.id } });
    expect(audit?.summary).toContain(message);

    standIn.faults.clear();
    const uploaded = uploads();
    const created = jobCreations();
    await resetLaunch(await commandLineActor(), job.id);
    expect(await db().auditEvent.count({ where: { action: "finetune.launch_retried", targetId: job.id } })).toBe(1);
    await executeLaunch(job.id);
    const retried = await row(job.id);
    expect(retried.status).toBe("validating_files");
    expect(retried.providerJobId).toMatch(/^ftjob-/);
    expect(uploads()).toBe(uploaded);
    expect(jobCreations()).toBe(created + 1);
  });

  it("gets through one 429 on creation with the provider's retry-after, and waits out errors while polling", async () => {
    standIn.faults.set({ status: 429, times: 1, path: "/v1/fine_tuning/jobs", method: "POST", retryAfterMs: 30 });
    const { job } = await launched("lifecycle rate limited");
    await executeLaunch(job.id);
    expect((await row(job.id)).status).toBe("validating_files");

    standIn.faults.set({ status: 429, times: 1, path: "/v1/fine_tuning/jobs", retryAfterMs: 45_000 });
    const now = new Date();
    await pollFineTune(await row(job.id), { now });
    const limited = await row(job.id);
    expect(limited.pollFailures).toBe(1);
    expect(limited.nextPollAt!.getTime()).toBeGreaterThanOrEqual(now.getTime() + 45_000);

    standIn.faults.set({ status: 500, times: 1, path: "/v1/fine_tuning/jobs" });
    await pollFineTune(await row(job.id), { now });
    const failing = await row(job.id);
    expect(failing.pollFailures).toBe(2);
    expect(failing.status).toBe("validating_files");
    expect(JSON.parse(failing.error!).status).toBe(500);

    await pollFineTune(await row(job.id));
    const recovered = await row(job.id);
    expect(recovered).toMatchObject({ pollFailures: 0, error: null });
  });

  it("finds the job an interrupted attempt created instead of creating another", async () => {
    const { job } = await launched("lifecycle interrupted");
    await executeLaunch(job.id);
    const first = await row(job.id);
    // As if the process died after the provider created the job but before the row heard of it.
    await db().fineTuneJob.update({ where: { id: job.id }, data: { providerJobId: null, status: "creating", nextPollAt: new Date(0) } });
    const created = jobCreations();
    expect(await pollDueFineTunes()).toBeGreaterThan(0);
    const resumed = await row(job.id);
    expect(resumed.providerJobId).toBe(first.providerJobId);
    expect(jobCreations()).toBe(created);
  });

  it("cancels a running job at the provider and stops following it", async () => {
    const { actor, job } = await launched("lifecycle cancel");
    await executeLaunch(job.id);
    clock.advance(2500);
    await pollFineTune(await row(job.id));
    expect((await row(job.id)).status).toBe("running");
    expect(await cancelFineTune(actor, job.id)).toEqual({ status: "cancelled" });
    const cancelled = await row(job.id);
    expect(cancelled.nextPollAt).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "finetune.cancelled", targetId: job.id } })).toBe(1);
    await expect(cancelFineTune(actor, job.id)).rejects.toThrow(/already ended/);
  });

  it("trains preference pairs with DPO on Azure OpenAI, and finds an interrupted Azure job by its training file", async () => {
    process.env.AZURE_OPENAI_ENDPOINT = base().replace(/\/v1$/, "");
    process.env.AZURE_OPENAI_API_KEY = KEY;
    process.env.OPENAI_API_VERSION = "2025-04-01-preview";
    const pairs = readFileSync(join(PUBLIC_DATA, "orca-dpo-pairs.jsonl"), "utf8").split("\n").filter(Boolean).slice(0, 24);
    const { dataset } = await importText("lifecycle dpo", pairs.join("\n"));
    await runBackgroundWorkUntilIdle();
    const actor = await commandLineActor();
    const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, select: { id: true } })).map((c) => c.id);
    await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse({ selection: { ids }, action: { type: "set_status", status: "approved" } }), actor);
    const snapshot = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({}));
    expect(snapshot.kind).toBe("preference");

    const supervised = await launchPreview(snapshotScope(snapshot.id), {
      snapshotId: snapshot.id,
      model: "gpt-4o-mini-2024-07-18",
      method: "supervised",
      provider: "azure",
    });
    expect(supervised.blockers.join(" ")).toMatch(/preference pairs, which train with DPO/);
    const request = LaunchRequestSchema.parse({ provider: "azure", model: "gpt-4o-mini-2024-07-18", method: "dpo", beta: "0.2", suffix: "pairs" });
    const preview = await launchPreview(snapshotScope(snapshot.id), { snapshotId: snapshot.id, model: request.model, method: "dpo", provider: "azure" });
    expect(preview.blockers).toEqual([]);
    const job = await createFineTune(actor, preview, request);
    await executeLaunch(job.id);
    const created = await row(job.id);
    expect(created.providerHost).toBe(new URL(base()).host);
    expect(created.status).toBe("validating_files");
    const call = standIn.calls.fineTuning.filter((c) => c.method === "POST" && c.path === "/openai/fine_tuning/jobs").at(-1)!;
    expect(call.query).toContain("api-version=2025-04-01-preview");
    expect(call.body).toMatchObject({ model: "gpt-4o-mini-2024-07-18", method: { type: "dpo", dpo: { hyperparameters: { beta: 0.2 } } } });
    expect(call.body).not.toHaveProperty("metadata");

    await db().fineTuneJob.update({ where: { id: job.id }, data: { providerJobId: null, status: "creating", nextPollAt: new Date(0) } });
    const before = jobCreations();
    await executeLaunch(job.id);
    expect((await row(job.id)).providerJobId).toBe(created.providerJobId);
    expect(jobCreations()).toBe(before);
  });

  it("refuses to launch on a provider that is not set up, and stops at once if it goes away mid-launch", async () => {
    await expect(launched("lifecycle no provider", { provider: "compatible", model: "my-own-model" })).rejects.toThrow(/TUNESET_COMPATIBLE_BASE_URL/);
    process.env.TUNESET_COMPATIBLE_BASE_URL = base();
    process.env.TUNESET_COMPATIBLE_API_KEY = KEY;
    const { job, preview } = await launched("lifecycle provider removed", { provider: "compatible", model: "my-own-model" });
    expect(preview.checkedAsTarget).toBe(true);
    expect(preview.estimate.costUsd).toBeNull();
    delete process.env.TUNESET_COMPATIBLE_BASE_URL;
    delete process.env.TUNESET_COMPATIBLE_API_KEY;
    await executeLaunch(job.id);
    const stopped = await row(job.id);
    expect(stopped).toMatchObject({ status: "uploading", nextPollAt: null, trainingFileId: null });
    expect(JSON.parse(stopped.error!).explanation).toMatch(/TUNESET_COMPATIBLE_BASE_URL/);
  });

  it("cancels a launch that has not reached the provider, and creates nothing afterwards", async () => {
    const { actor, job } = await launched("lifecycle cancel early");
    expect(await cancelFineTune(actor, job.id)).toEqual({ status: "cancelled" });
    const created = jobCreations();
    const uploaded = uploads();
    await executeLaunch(job.id);
    expect(await row(job.id)).toMatchObject({ status: "cancelled", providerJobId: null, nextPollAt: null });
    expect([jobCreations(), uploads()]).toEqual([created, uploaded]);
  });
});
