import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import type { Actor } from "../../auth/actor";
import type { Role } from "../../auth/roles";
import { assertAllowed } from "../auth/assert-allowed";
import { importText } from "../../test/import-helpers";
import { DatasetCreateSchema, DatasetEditSchema } from "../../validation/dataset";
import { createDataset } from "./create-dataset";
import { editDataset } from "./edit-dataset";
import { getDataset, getDatasetByName } from "./get-dataset";
import { listDatasets } from "./list-datasets";
import { listDeletedDatasets, purgeExpiredDatasets, restoreDataset, trashDataset } from "./dataset-trash";
import { scopeOf } from "../../test/test-scope";
import { chatLine } from "../../test/turns";

afterAll(closeDb);

let admin: Actor, lead: Actor, outsider: Actor;

async function user(name: string, role: Role): Promise<Actor> {
  const u = await db().user.create({ data: { email: `${name.toLowerCase()}@example.com`, name, role }, select: { id: true, email: true, name: true } });
  return { ...u, role };
}

const make = (name: string, actor = lead) => createDataset(DatasetCreateSchema.parse({ name }), actor);
const events = (datasetId: string) =>
  db().auditEvent.findMany({
    where: { datasetId, action: { startsWith: "dataset." } },
    orderBy: { id: "asc" },
    select: { action: true, summary: true, actorName: true },
  });
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  admin = await commandLineActor();
  [lead, outsider] = await Promise.all([user("Lena", "lead"), user("Otto", "lead")]);
});

describe("editDataset", () => {
  it("renames and re-describes with one audit event per change, and logs nothing when nothing changes", async () => {
    const d = await make("tickets");
    const edited = await editDataset(scopeOf(d.id), DatasetEditSchema.parse({ name: "  support tickets ", description: "Help-desk chats" }), lead);
    expect(edited).toMatchObject({ name: "support tickets", description: "Help-desk chats" });
    await editDataset(scopeOf(d.id), DatasetEditSchema.parse({ name: "support tickets", description: "Help-desk chats" }), lead);
    expect((await events(d.id)).map((e) => [e.action, e.summary])).toEqual([
      ["dataset.created", "Created the dataset tickets for gpt-4o-mini-2024-07-18."],
      ["dataset.renamed", "Renamed the dataset tickets to support tickets."],
      ["dataset.described", "Changed the description of support tickets."],
    ]);
  });

  it("refuses a name another live dataset has with a 409 naming it, and changes nothing", async () => {
    const [a] = [await make("alpha"), await make("beta")];
    const refused = await editDataset(scopeOf(a.id), DatasetEditSchema.parse({ name: "beta", description: "new" }), lead).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "conflict",
      status: 409,
      message: "A dataset named “beta” already exists; pick another name",
      details: { field: "name" },
    });
    expect(await getDataset(scopeOf(a.id))).toMatchObject({ name: "alpha", description: "" });
  });

  it("refuses no change at all, and names longer than 100 characters, in the shared schema", () => {
    expect(DatasetEditSchema.safeParse({}).error?.issues[0].message).toBe("Send a new name, a description, or both");
    expect(DatasetEditSchema.safeParse({ name: "x".repeat(101) }).error?.issues[0].message).toBe("Keep the name under 100 characters");
    expect(DatasetEditSchema.safeParse({ name: "a\tb" }).success).toBe(false);
  });
});

describe("the trash of datasets", () => {
  it("hides a deleted dataset from lists, lookups and permission checks, and restores it as it was", async () => {
    const { dataset } = await importText("to delete", `${chatLine("hi", "ho")}\n`);
    await trashDataset(scopeOf(dataset.id), admin);
    expect((await listDatasets(await commandLineActor())).map((d) => d.id)).not.toContain(dataset.id);
    await expect(getDataset(scopeOf(dataset.id))).rejects.toMatchObject({ code: "not_found" });
    await expect(getDatasetByName(await commandLineActor(), "to delete")).rejects.toMatchObject({ code: "not_found" });
    await expect(assertAllowed(admin, "datasets.read", dataset.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(trashDataset(scopeOf(dataset.id), admin)).rejects.toMatchObject({ code: "not_found" });

    const [listed] = (await listDeletedDatasets(admin)).filter((d) => d.id === dataset.id);
    expect(listed).toMatchObject({ name: "to delete", records: 1, deletedBy: "Command line", nameTaken: false });
    expect(listed.purgeAt.getTime() - listed.deletedAt.getTime()).toBe(30 * DAY);

    await restoreDataset(dataset.id, {}, admin);
    expect((await listDatasets(await commandLineActor())).find((d) => d.id === dataset.id)).toMatchObject({ name: "to delete", total: 1 });
    expect((await events(dataset.id)).map((e) => e.action)).toEqual(["dataset.created", "dataset.deleted", "dataset.restored"]);
  });

  it("shows and restores a deleted dataset only to those who could see it", async () => {
    const d = await make("members only");
    await trashDataset(scopeOf(d.id), lead);
    expect((await listDeletedDatasets(outsider)).map((x) => x.id)).not.toContain(d.id);
    await expect(restoreDataset(d.id, {}, outsider)).rejects.toMatchObject({ code: "not_found" });
    // A live dataset is not in the trash: "restoring" it is not found either.
    const live = await make("still live");
    await expect(restoreDataset(live.id, {}, lead)).rejects.toMatchObject({ code: "not_found" });
    expect((await restoreDataset(d.id, {}, lead)).name).toBe("members only");
  });

  it("frees the name for a new dataset, and asks for another name when restoring onto it", async () => {
    const old = await make("reused");
    await trashDataset(scopeOf(old.id), lead);
    const taker = await make("reused");
    expect((await listDeletedDatasets(lead)).find((d) => d.id === old.id)?.nameTaken).toBe(true);
    const refused = await restoreDataset(old.id, {}, lead).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "conflict", details: { field: "name" } });
    expect((refused as Error).message).toMatch(/^A dataset named “reused” was created after this one was deleted\. Restore it under another name/);
    await expect(restoreDataset(old.id, { name: "reused" }, lead)).rejects.toMatchObject({ code: "conflict" });
    const back = await restoreDataset(old.id, { name: "reused (old)" }, lead);
    expect(back.name).toBe("reused (old)");
    expect((await getDatasetByName(await commandLineActor(), "reused")).id).toBe(taker.id);
    expect((await events(old.id)).at(-1)?.summary).toBe("Restored the dataset reused from the trash as reused (old).");
  });

  it("lets the database refuse two live datasets of one name even past the checks", async () => {
    const d = await make("unique live");
    await trashDataset(scopeOf(d.id), lead);
    await make("unique live");
    const raw = await db()
      .dataset.update({ where: { id: d.id }, data: { deletedAt: null } })
      .catch((e: unknown) => e);
    expect(raw).toMatchObject({ code: "P2002" });
  });

  it("purges what was deleted more than 30 days ago, with its records, and records the purge", async () => {
    const { dataset } = await importText("old news", `${chatLine("a", "b")}\n`);
    const recent = await make("recent news");
    await trashDataset(scopeOf(dataset.id), lead);
    await trashDataset(scopeOf(recent.id), lead);
    expect(purgeExpiredDatasets(new Date(Date.now() + 29 * DAY))).toEqual([]);
    expect(purgeExpiredDatasets(new Date(Date.now() + 31 * DAY))).toEqual(expect.arrayContaining([dataset.id, recent.id]));
    expect(await db().dataset.count({ where: { id: { in: [dataset.id, recent.id] } } })).toBe(0);
    expect(await db().conversation.count({ where: { datasetId: dataset.id } })).toBe(0);
    const purged = await db().auditEvent.findFirst({ where: { datasetId: dataset.id, action: "dataset.purged" } });
    expect(purged).toMatchObject({
      actorName: "Tuneset (trash purge)",
      summary: "Purged the dataset old news, deleted 30 days before, with everything in it.",
    });
  });
});
