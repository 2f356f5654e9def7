import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../client";
import { actorFromToken, createApiToken, hashToken, listApiTokens, revokeApiToken, TOKEN_PREFIX } from "./api-tokens";

afterAll(closeDb);

async function user(role: string) {
  const email = `${role}.${Math.random().toString(36).slice(2)}@example.com`;
  const u = await db().user.create({ data: { email, name: role, role }, select: { id: true, email: true, name: true } });
  return { ...u, role: role as "viewer" | "annotator" | "lead" | "admin" };
}

describe("API tokens", () => {
  it("are random, shown once and kept only as their SHA-256", async () => {
    const owner = await user("lead");
    const { token, info } = await createApiToken(owner, { name: "export script" }, owner);
    expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(token.length).toBeGreaterThan(30);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: info.id } });
    expect(row.hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(token.startsWith(row.prefix)).toBe(true);
    expect((await createApiToken(owner, { name: "another" }, owner)).token).not.toBe(token);
    expect(await actorFromToken(token)).toMatchObject({ id: owner.id, role: "lead" });
    expect(await actorFromToken(`${token}x`)).toBeNull();
    expect(await actorFromToken("not a token")).toBeNull();
  });

  it("never carry more than their owner's role, and act with the lower of the two", async () => {
    const owner = await user("annotator");
    await expect(createApiToken(owner, { name: "too much", role: "lead" }, owner)).rejects.toThrow(/cannot do more than its owner/);
    const { token } = await createApiToken(owner, { name: "read only", role: "viewer" }, owner);
    expect((await actorFromToken(token))?.role).toBe("viewer");

    const lead = await user("lead");
    const leadToken = (await createApiToken(lead, { name: "full" }, lead)).token;
    await db().user.update({ where: { id: lead.id }, data: { role: "annotator" } });
    expect((await actorFromToken(leadToken))?.role).toBe("annotator");
  });

  it("stop working when revoked or when their owner is turned off", async () => {
    const owner = await user("lead");
    const a = await createApiToken(owner, { name: "a" }, owner);
    const b = await createApiToken(owner, { name: "b" }, owner);
    await revokeApiToken(owner, a.info.id);
    expect(await actorFromToken(a.token)).toBeNull();
    expect((await listApiTokens(owner.id)).find((t) => t.id === a.info.id)?.revokedAt).not.toBeNull();
    const stranger = await user("lead");
    await expect(revokeApiToken(stranger, b.info.id)).rejects.toThrow(/not found/);
    await db().user.update({ where: { id: owner.id }, data: { disabledAt: new Date() } });
    expect(await actorFromToken(b.token)).toBeNull();
  });
});
