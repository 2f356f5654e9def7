import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import { AppError } from "../../errors";
import { DatasetCreateSchema } from "../../validation/dataset";
import { uniqueConflict } from "../unique-conflict";
import { createDataset } from "./create-dataset";

afterAll(closeDb);

describe("createDataset", () => {
  it("answers two creations of one name at once with one dataset and one plain conflict, never a crash", async () => {
    const actor = await commandLineActor();
    const input = DatasetCreateSchema.parse({ name: "raced name" });
    // Both pass the name check before either writes; the database refuses the second.
    const results = await Promise.allSettled([createDataset(input, actor), createDataset(input, actor)]);
    const made = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as unknown);
    expect(made).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(AppError);
    expect(refused[0]).toMatchObject({ code: "conflict", status: 409 });
    expect((refused[0] as AppError).message).toMatch(/already exists/);
    expect(await db().dataset.count({ where: { name: "raced name" } })).toBe(1);
  });

  it("names the taken value in the database's own refusal", async () => {
    const actor = await commandLineActor();
    await createDataset(DatasetCreateSchema.parse({ name: "taken" }), actor);
    // Past the check, straight at the unique index: what the loser of a race gets.
    const raw = await db()
      .dataset.create({ data: { name: "taken", targetModel: "gpt-4o-mini-2024-07-18" } })
      .catch((e: unknown) => e);
    const conflict = uniqueConflict(raw, { name: "taken" });
    expect(conflict).toMatchObject({ code: "conflict", message: "A dataset named “taken” already exists; pick another name", details: { field: "name" } });
    expect(uniqueConflict(raw)?.message).toBe("A dataset with this name already exists; pick another name");
    expect(uniqueConflict(new Error("other"))).toBeNull();
  });
});
