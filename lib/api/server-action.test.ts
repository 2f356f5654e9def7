import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import type { ActionContext } from "./server-action";

// The wrapper's own contract, with Next and the session stubbed: who acts first, one
// parse, the permission where the input says, pages refreshed, errors as ActionResults.

const calls = vi.hoisted(() => ({ revalidated: [] as unknown[][], allowed: [] as unknown[][], signedIn: true as boolean }));
vi.mock("next/cache", () => ({ revalidatePath: (...a: unknown[]) => void calls.revalidated.push(a) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;${to}` });
  },
  unstable_rethrow: (e: unknown) => {
    if (e instanceof Error && e.message === "NEXT_REDIRECT") throw e;
  },
}));
vi.mock("../services/auth/request-actor", () => ({
  requestActor: async () => {
    if (!calls.signedIn) throw new AppError("unauthenticated", "Sign in to Tuneset first");
    return { id: "u1", email: "a@example.com", name: "A", role: "lead" };
  },
}));
vi.mock("../db/auth/assert-allowed", () => ({
  assertAllowed: async (...a: unknown[]) => {
    calls.allowed.push(a.slice(1).filter((x) => x !== undefined));
    if (a[2] === "not-mine") throw new AppError("not_found", "This dataset was not found.");
  },
}));
vi.mock("../db/auth/dataset-owners", () => ({ datasetOfConversation: async (id: number) => `ds-of-${id}` }));

const { serverAction, inDataset, datasetAndInput } = await import("./server-action");
const { CONFLICT_ACTION_ERROR } = await import("./action-result");
const { conversationWrite } = await import("./action-presets");

const Schema = z.object({ datasetId: z.string().min(1), count: z.coerce.number().int({ error: "count must be whole" }) });

beforeEach(() => {
  calls.revalidated = [];
  calls.allowed = [];
  calls.signedIn = true;
});

describe("serverAction", () => {
  it("parses once, checks the permission in the dataset the input names, runs and refreshes", async () => {
    const fn = vi.fn(async (input: z.output<typeof Schema>, _actor: unknown, _ctx: ActionContext) => ({ doubled: input.count * 2 }));
    const action = serverAction(
      { permission: "datasets.bulk", schema: Schema, dataset: (i) => i.datasetId, revalidate: (i) => [{ path: `/datasets/${i.datasetId}`, type: "layout" }] },
      fn,
    );
    expect(await action({ datasetId: "d1", count: "3" })).toEqual({ ok: true, doubled: 6 });
    expect(fn).toHaveBeenCalledWith({ datasetId: "d1", count: 3 }, expect.objectContaining({ id: "u1" }), expect.objectContaining({ datasetId: "d1" }));
    expect(calls.allowed).toEqual([["datasets.bulk", "d1"]]);
    // The check's scope is what the write reads and writes the dataset through.
    expect(fn.mock.calls[0]?.[2].scope).toEqual({ datasetId: "d1" });
    expect(calls.revalidated).toEqual([["/datasets/d1", "layout"]]);
  });

  it("reads a form's FormData like an object, and gives back what was typed on failure", async () => {
    const action = serverAction(
      { permission: "datasets.bulk", schema: Schema, dataset: (i) => i.datasetId, form: true, keep: ["count"] as const },
      async () => ({}),
    );
    const form = new FormData();
    form.set("datasetId", "d1");
    form.set("count", "1.5");
    expect(await action(null, form)).toMatchObject({
      ok: false,
      code: "bad_request",
      error: "count must be whole",
      fieldErrors: { count: ["count must be whole"] },
      values: { count: "1.5" },
    });
    expect(calls.allowed).toEqual([]);
  });

  it("asks who acts before reading the input, and refuses a dataset the actor is not in", async () => {
    const fn = vi.fn(async () => ({}));
    const action = serverAction({ permission: "datasets.bulk", schema: Schema, dataset: (i) => i.datasetId }, fn);
    calls.signedIn = false;
    expect(await action({ datasetId: "", count: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    calls.signedIn = true;
    expect(await action({ datasetId: "not-mine", count: 1 })).toMatchObject({ ok: false, code: "not_found" });
    expect(fn).not.toHaveBeenCalled();
  });

  it("checks the role alone, before the input, when no dataset is named; 'anyone' is explicit", async () => {
    const roleOnly = serverAction({ permission: "users.manage", schema: z.object({ userId: z.string() }) }, async () => ({}));
    await roleOnly({ userId: "x" });
    expect(calls.allowed).toEqual([["users.manage"]]);
    calls.signedIn = false;
    const open = serverAction({ permission: "anyone", schema: z.object({}) }, async (_i, actor) => ({ actor }));
    expect(await open({})).toEqual({ ok: true, actor: null });
    // Membership is checked with a permission; "anyone" naming a dataset is a mistake caught at once.
    expect(() => serverAction({ permission: "anyone", schema: Schema, dataset: (i) => i.datasetId }, async () => ({}))).toThrow(/cannot name a dataset/);
  });

  it("authorizes a conversation in its dataset and refreshes both pages; a stale version is worded and bounded", async () => {
    const current = { id: 7, datasetId: "ds-of-7", version: 3, body: { messages: [] } };
    const action = serverAction({ ...conversationWrite("conversations.edit"), schema: z.object({ id: z.number(), version: z.number() }) }, async (i) => {
      if (i.version < 3) throw new AppError("conflict", "stale", { current });
      return { version: i.version + 1 };
    });
    expect(await action({ id: 7, version: 3 })).toEqual({ ok: true, version: 4 });
    expect(calls.allowed).toEqual([["conversations.edit", "ds-of-7", "This conversation"]]);
    expect(calls.revalidated).toEqual([["/conversations/7"], ["/datasets/ds-of-7"]]);
    const stale = await action({ id: 7, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "conflict", error: CONFLICT_ACTION_ERROR });
    expect(stale.ok ? null : stale.current).toBeTruthy();
  });

  it("shows a refusal under the field it is about, and a unique-constraint race as a plain conflict", async () => {
    const race = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { modelName: "Dataset", target: ["name"] } });
    const action = serverAction({ permission: "datasets.create", schema: z.object({ name: z.string() }), fields: { bad_request: "name" } }, async (i) => {
      if (i.name === "bad") throw new AppError("bad_request", "Not that one");
      throw race;
    });
    expect(await action({ name: "bad" })).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { name: ["Not that one"] } });
    expect(await action({ name: "x" })).toMatchObject({
      ok: false,
      code: "conflict",
      error: "A dataset with this name already exists; pick another name",
      fieldErrors: { name: [expect.any(String)] },
    });
  });

  it("lets a redirect through after refreshing, and takes (datasetId, input) calls as one object", async () => {
    const action = serverAction(
      {
        permission: "datasets.bulk",
        schema: inDataset(z.object({ count: z.number() })),
        dataset: (i) => i.datasetId,
        args: (datasetId: string, input: { count: number }) => datasetAndInput(datasetId, input),
        revalidate: () => ["/"],
        redirect: (i) => `/datasets/${i.datasetId}`,
      },
      async () => ({}),
    );
    await expect(action("d9", { count: 1 })).rejects.toThrow("NEXT_REDIRECT");
    expect(calls.revalidated).toEqual([["/"]]);
    expect(calls.allowed).toEqual([["datasets.bulk", "d9"]]);
  });

  it("keeps an unknown error's text out of the result", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = serverAction({ permission: "datasets.read", schema: z.unknown() }, async () => {
      throw new Error("SQLITE_BUSY at /srv/db");
    });
    const out = await action(undefined);
    expect(out).toMatchObject({ ok: false, code: "internal" });
    expect(JSON.stringify(out)).not.toMatch(/SQLITE/);
    log.mockRestore();
  });
});
