import { expect, test } from "../fixtures";

// Two requests that create one name at the same moment both pass the name check made
// before writing; the database refuses the second. That refusal must reach the caller
// as a 409 with a sentence, never as a 500 (it used to).

test("two datasets created with one name at once: one 201, one 409 with a plain message", async ({ request, uniqueName }) => {
  const name = uniqueName("raced");
  const [a, b] = await Promise.all([request.post("/api/v1/datasets", { data: { name } }), request.post("/api/v1/datasets", { data: { name } })]);
  expect([a.status(), b.status()].sort()).toEqual([201, 409]);
  const loser = a.status() === 409 ? a : b;
  const body = await loser.json();
  expect(body.error.code).toBe("conflict");
  // Either refusal (the check's, or the database's in a true race) names the name and what to do.
  expect(body.error.message).toMatch(/^A dataset named .+ already exists/);
  expect(body.error.message).toContain(name);
  expect(body.error.message).not.toMatch(/prisma|constraint|P2002|at .*\.js/i);
  const list = (await (await request.get("/api/v1/datasets")).json()).datasets as { name: string }[];
  expect(list.filter((d) => d.name === name)).toHaveLength(1);
});

test("renaming onto a taken name, at once or in a race, is a 409 with a plain message", async ({ request, uniqueName }) => {
  const create = async (name: string) => (await (await request.post("/api/v1/datasets", { data: { name } })).json()).dataset as { id: string; name: string };
  const [a, b] = [await create(uniqueName("first")), await create(uniqueName("second"))];
  const onto = await request.patch(`/api/v1/datasets/${a.id}`, { data: { name: b.name } });
  expect(onto.status()).toBe(409);
  expect((await onto.json()).error.message).toBe(`A dataset named “${b.name}” already exists; pick another name`);
  // Two renames onto one new name at once: one wins, the other is told plainly.
  const name = uniqueName("raced rename");
  const [x, y] = await Promise.all([a, b].map((d) => request.patch(`/api/v1/datasets/${d.id}`, { data: { name } })));
  expect([x.status(), y.status()].sort()).toEqual([200, 409]);
  const loser = x.status() === 409 ? x : y;
  expect((await loser.json()).error.message).not.toMatch(/prisma|constraint|P2002/i);
});

test("a deleted dataset's name is free, and restoring onto it is a 409 that says what to do", async ({ request, uniqueName }) => {
  const name = uniqueName("recycled");
  const old = (await (await request.post("/api/v1/datasets", { data: { name } })).json()).dataset as { id: string };
  expect((await request.delete(`/api/v1/datasets/${old.id}`)).status()).toBe(200);
  expect((await request.post("/api/v1/datasets", { data: { name } })).status()).toBe(201);
  const refused = await request.post(`/api/v1/datasets/${old.id}/restore`);
  expect(refused.status()).toBe(409);
  const error = (await refused.json()).error;
  expect(error).toMatchObject({ code: "conflict", field: "name" });
  expect(error.message).toMatch(/was created after this one was deleted\. Restore it under another name, or rename or delete the other one first\./);
  const restored = await request.post(`/api/v1/datasets/${old.id}/restore`, { data: { name: `${name} (old)` } });
  expect(restored.status(), await restored.text()).toBe(200);
  expect((await restored.json()).dataset.name).toBe(`${name} (old)`);
});
