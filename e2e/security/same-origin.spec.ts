import { expect, test } from "../fixtures";

// A write riding on the session cookie must come from Tuneset's own origin: scheme,
// host and port. X-Forwarded-Host and -Proto would let any client name the origin it
// pleases, so they count only from a proxy named in TUNESET_TRUSTED_PROXIES (the e2e
// server names none; lib/api/same-origin.test.ts covers a trusted proxy).

const create = (request: import("@playwright/test").APIRequestContext, name: string, headers: Record<string, string>) =>
  request.post("/api/v1/datasets", { data: { name }, headers });

test("a write from the same host on another scheme or port is refused, from its own origin allowed", async ({ request, baseURL, uniqueName }) => {
  const own = new URL(baseURL!);
  const otherPort = `http://${own.hostname}:${Number(own.port) + 1}`;
  const otherScheme = `https://${own.host}`;
  for (const origin of [otherPort, otherScheme]) {
    const res = await create(request, uniqueName("cross"), { Origin: origin });
    expect(res.status(), `${origin}: ${await res.text()}`).toBe(403);
  }
  expect((await create(request, uniqueName("own"), { Origin: own.origin })).status()).toBe(201);
});

test("X-Forwarded-Host and -Proto from a client that is not a trusted proxy change nothing", async ({ request, baseURL, uniqueName }) => {
  const own = new URL(baseURL!);
  const forgedHost = await create(request, uniqueName("xfh"), { Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" });
  expect(forgedHost.status()).toBe(403);
  const forgedProto = await create(request, uniqueName("xfp"), { Origin: `https://${own.host}`, "X-Forwarded-Proto": "https", "X-Forwarded-Host": own.host });
  expect(forgedProto.status()).toBe(403);
});
