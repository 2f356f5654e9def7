import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { createAccount } from "./accounts";
import { listMembers, addMember, removeMember } from "../../db/datasets/members";
import { createDataset } from "../../db/datasets/create-dataset";
import { listDatasets } from "../../db/datasets/list-datasets";
import { setUserDisabled, setUserRole } from "../../db/users/users";
import { AccountCreateSchema } from "../../validation/accounts";
import { DatasetCreateSchema } from "../../validation/dataset";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

const unique = () => Math.random().toString(36).slice(2, 8);

describe("managing users", () => {
  it("keeps one admin who can sign in", async () => {
    const actor = await commandLineActor();
    const a = await createAccount(
      AccountCreateSchema.parse({ email: `a${unique()}@example.com`, name: "A", password: "a long enough password", role: "admin" }),
      await commandLineActor(),
    );
    const b = await createAccount(
      AccountCreateSchema.parse({ email: `b${unique()}@example.com`, name: "B", password: "a long enough password", role: "admin" }),
      await commandLineActor(),
    );
    await setUserRole(actor, a.id, "lead");
    await expect(setUserRole(actor, b.id, "annotator")).rejects.toThrow(/last admin/);
    await expect(setUserDisabled(actor, b.id, true)).rejects.toThrow(/last admin/);
    await setUserRole(actor, a.id, "admin");
    await setUserDisabled(actor, b.id, true);
    expect((await db().user.findUniqueOrThrow({ where: { id: b.id } })).disabledAt).not.toBeNull();
    await expect(setUserDisabled({ ...actor, id: a.id }, a.id, true)).rejects.toThrow(/your own account/);
  });

  it("refuses a second account for one e-mail, and weak passwords", async () => {
    const email = `c${unique()}@example.com`;
    await createAccount(AccountCreateSchema.parse({ email, name: "C", password: "a long enough password", role: "viewer" }), await commandLineActor());
    await expect(
      createAccount(
        AccountCreateSchema.parse({ email: email.toUpperCase(), name: "C", password: "a long enough password", role: "viewer" }),
        await commandLineActor(),
      ),
    ).rejects.toThrow(/already an account/);
    // Refused at the edge now: the schema every caller parses with.
    expect(() => AccountCreateSchema.parse({ email: `d${unique()}@example.com`, name: "D", password: "short", role: "viewer" })).toThrow(/at least 10/);
    // Refused at the edge now: the schema every caller parses with.
    expect(() => AccountCreateSchema.parse({ email: `e${unique()}@example.com`, name: "E", password: "aaaaaaaaaaaa", role: "viewer" })).toThrow(
      /different characters/,
    );
  });

  it("shows a non-admin only the datasets they are a member of", async () => {
    const lead = await createAccount(
      AccountCreateSchema.parse({ email: `l${unique()}@example.com`, name: "L", password: "a long enough password", role: "lead" }),
      await commandLineActor(),
    );
    const actor = { ...lead };
    const mine = await createDataset(DatasetCreateSchema.parse({ name: `mine ${unique()}` }), actor);
    const other = await createDataset(DatasetCreateSchema.parse({ name: `other ${unique()}` }), await commandLineActor());
    const visible = (await listDatasets(actor)).map((d) => d.id);
    expect(visible).toContain(mine.id);
    expect(visible).not.toContain(other.id);
    await addMember(scopeOf(other.id), lead.email, await commandLineActor());
    expect((await listMembers(scopeOf(other.id))).map((m) => m.email)).toEqual([lead.email]);
    expect((await listDatasets(actor)).map((d) => d.id)).toContain(other.id);
    await removeMember(scopeOf(other.id), lead.id, await commandLineActor());
    expect((await listDatasets(actor)).map((d) => d.id)).not.toContain(other.id);
    await expect(addMember(scopeOf(other.id), "nobody@example.com", await commandLineActor())).rejects.toThrow(/No one has an account/);
    const events = await db().auditEvent.findMany({ where: { datasetId: other.id }, select: { action: true } });
    expect(events.map((e) => e.action).filter((a) => a.startsWith("member."))).toEqual(["member.added", "member.removed"]);
  });
});
