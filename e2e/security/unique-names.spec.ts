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
