import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "../fixtures";
import { E2E_PROVIDER_KEY } from "../admin-state";

// Secrets stay on the server, and the API opens to nobody without credentials.

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

test("the provider key is in no client bundle and no page, and shows masked to the admin", async ({ page, request, dataset }) => {
  const bundles = files(join(process.cwd(), ".next", "static")).filter((f) => f.endsWith(".js"));
  expect(bundles.length).toBeGreaterThan(0);
  expect(bundles.filter((f) => readFileSync(f, "utf8").includes(E2E_PROVIDER_KEY))).toEqual([]);

  await request.post(`/api/v1/datasets/${dataset.id}/imports`, {
    data: Buffer.from('{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}\n'),
  });
  const pages = [
    "/",
    `/datasets/${dataset.id}`,
    `/datasets/${dataset.id}/review`,
    `/datasets/${dataset.id}/duplicates`,
    `/datasets/${dataset.id}/settings`,
    `/datasets/${dataset.id}/trash`,
    "/admin/users",
    "/admin/settings",
    "/account",
  ];
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    expect(await res!.text(), path).not.toContain(E2E_PROVIDER_KEY);
  }
  await page.goto("/admin/settings");
  const openai = page.getByRole("article", { name: "OpenAI", exact: true });
  await expect(openai.getByText(`Key …${E2E_PROVIDER_KEY.slice(-4)} from OPENAI_API_KEY`)).toBeVisible();
});

test.describe("without credentials", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every /api/v1 route answers 401", async ({ request }) => {
    const root = join(process.cwd(), "app", "api", "v1");
    const routes = files(root).filter((f) => f.endsWith("route.ts"));
    expect(routes.length).toBeGreaterThan(10);
    let calls = 0;
    for (const file of routes) {
      const path =
        "/api/v1/" +
        relative(root, file)
          .replace(/\/?route\.ts$/, "")
          .replace(/\[[^\]]+\]/g, "1");
      const source = readFileSync(file, "utf8");
      for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"].filter((m) => new RegExp(`export const ${m}\\b`).test(source))) {
        const res = await request.fetch(path, { method, data: method === "GET" ? undefined : {} });
        expect(res.status(), `${method} ${path}`).toBe(401);
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(15);
  });

  test("a write from another site is refused even before credentials are looked at", async ({ request }) => {
    const res = await request.post("/api/v1/datasets", { data: { name: "x" }, headers: { Origin: "https://evil.example" } });
    expect(res.status()).toBe(403);
  });
});
