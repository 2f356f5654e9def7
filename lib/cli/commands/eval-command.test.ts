import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { standInForTests } from "../../../e2e/openai-stand-in/stand-in-for-tests";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { createSnapshot } from "../../services/snapshots/create-snapshot";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { evalCommand } from "./eval-command";
import { BulkRequestSchema } from "../../validation/bulk";
import { scopeOf } from "../../test/test-scope";

// `tuneset eval run … --json` runs the evaluation in its own process and prints one
// object when it ends; `eval report` prints the same scores again.

const KEY = "sk-eval-cli-test-0123456789abcdef";
const { base } = standInForTests(KEY, { timing: { chatMs: 0 } });

beforeAll(() => {
  process.env.OPENAI_API_KEY = KEY;
  process.env.OPENAI_BASE_URL = base();
});
afterAll(closeDb);

async function printed(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
  const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return { code: await run(), out: lines.join("\n") };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

async function approvedSnapshot(name: string) {
  const lines = Array.from({ length: 16 }, (_, i) =>
    JSON.stringify({
      messages: [
        { role: "user", content: `Capital of country ${i}?` },
        { role: "assistant", content: `City number ${i}.` },
      ],
    }),
  );
  const { dataset } = await importText(name, lines.join("\n"));
  await runBackgroundWorkUntilIdle();
  const actor = await commandLineActor();
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, select: { id: true } })).map((c) => c.id);
  await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse({ selection: { ids }, action: { type: "set_status", status: "approved" } }), actor);
  return createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ validation: "0.25", seed: "1" }));
}

describe("tuneset eval", () => {
  it("runs an evaluation of a snapshot's validation split and prints {eval, scores}", async () => {
    const snapshot = await approvedSnapshot("eval cli");

    const run = await printed(() =>
      evalCommand(["run", "--snapshot", snapshot.id, "--model-a", "gpt-4o-mini", "--model-b", "gpt-4.1-nano", "--concurrency", "2", "--json"]),
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as {
      eval: { id: string; examples: number; answers: number; failed: number; status: string };
      scores: { scores: { a: { f1: { n: number } } } };
    };
    expect(result.eval).toMatchObject({ examples: 4, answers: 8, failed: 0, status: "completed" });
    expect(result.scores.scores.a.f1.n).toBe(4);

    const report = await printed(() => evalCommand(["report", result.eval.id]));
    expect(report.out).toMatch(/token F1 +0\.\d\d \(0\.\d\d–\d\.\d\d, n=4\)/);
  });

  it("--base-url points this run at an OpenAI-compatible address, with the key from the environment", async () => {
    const snapshot = await approvedSnapshot("eval cli base url");
    const saved = { ...process.env };
    // Nothing in the environment says where the compatible endpoint is: the flag alone does.
    delete process.env.TUNESET_COMPATIBLE_BASE_URL;
    process.env.TUNESET_COMPATIBLE_API_KEY = KEY;
    try {
      const run = await printed(() =>
        evalCommand([
          "run",
          "--snapshot",
          snapshot.id,
          "--provider",
          "compatible",
          "--base-url",
          base(),
          "--model-a",
          "gpt-4o-mini",
          "--model-b",
          "gpt-4.1-nano",
          "--json",
        ]),
      );
      expect(run.code).toBe(0);
      const result = JSON.parse(run.out) as { eval: { provider: string; providerHost: string; answers: number; status: string } };
      expect(result.eval).toMatchObject({ provider: "compatible", providerHost: new URL(base()).host, answers: 8, status: "completed" });
    } finally {
      process.env = saved;
    }
  });

  it("--base-url takes the place of OPENAI_BASE_URL for this run", async () => {
    const snapshot = await approvedSnapshot("eval cli openai base url");
    const saved = { ...process.env };
    process.env.OPENAI_BASE_URL = "http://127.0.0.1:9/v1";
    try {
      const run = await printed(() =>
        evalCommand(["run", "--snapshot", snapshot.id, "--base-url", base(), "--model-a", "gpt-4o-mini", "--model-b", "gpt-4.1-nano", "--json"]),
      );
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out).eval).toMatchObject({ providerHost: new URL(base()).host, status: "completed" });
    } finally {
      process.env = saved;
    }
  });

  it("says when --base-url cannot apply, before anything is written", async () => {
    const snapshot = await approvedSnapshot("eval cli base url refused");
    const args = (...more: string[]) => ["run", "--snapshot", snapshot.id, "--model-a", "gpt-4o-mini", "--model-b", "gpt-4.1-nano", ...more];
    await expect(evalCommand(args("--provider", "azure", "--base-url", base()))).rejects.toThrow(/--base-url is for the openai and compatible providers/);
    await expect(evalCommand(args("--base-url", "localhost:8000/v1"))).rejects.toThrow(/--base-url: Use an http\(s\) address/);
    await db().providerSetting.create({ data: { kind: "compatible", baseURL: "https://llm.example.com/v1", updatedById: (await commandLineActor()).id } });
    try {
      await expect(evalCommand(args("--provider", "compatible", "--base-url", base()))).rejects.toThrow(
        /--base-url stands in for TUNESET_COMPATIBLE_BASE_URL, but OpenAI-compatible endpoint settings are saved under Settings → Fine-tuning providers/,
      );
    } finally {
      await db().providerSetting.delete({ where: { kind: "compatible" } });
    }
    expect(await db().evaluation.count({ where: { snapshotId: snapshot.id } })).toBe(0);
  });

  it("says what to give when the eval set is missing or doubled", async () => {
    await expect(evalCommand(["run", "--model-a", "a", "--model-b", "b"])).rejects.toThrow(/give --dataset NAME .* or --snapshot ID/);
    await expect(evalCommand(["run", "--snapshot", "s", "--dataset", "d", "--model-a", "a", "--model-b", "b"])).rejects.toThrow(/not both/);
  });
});
