import type { Browser, Page } from "@playwright/test";
import { createUser, expect, PASSWORD, test } from "../fixtures";
import { ADMIN } from "../admin-state";
import { relayFrom, signInAtLibrary, signInOnPage } from "./sign-in-helpers";

// Guessing passwords: one limiter counts every way in (the sign-in page and the
// library's own endpoint), by the address the connection really comes from, so a
// forged X-Forwarded-For buys nothing, and failures from one machine never lock the
// admin out of another. Each test signs in from its own loopback address (127.0.0.x),
// leaving the count of 127.0.0.1, where every other test's browser runs, alone.

const TOO_MANY = /Too many failed sign-ins/;
const WRONG = /do not match an account/;

/** A signed-out browser page whose connections come from `address`; closed with the test. */
async function pageFrom(browser: Browser, address: string, onClose: (f: () => Promise<void>) => void): Promise<Page> {
  const relay = await relayFrom(address);
  const context = await browser.newContext({ baseURL: relay.baseURL, storageState: { cookies: [], origins: [] } });
  onClose(async () => {
    await context.close();
    await relay.close();
  });
  return context.newPage();
}

const cleanups: (() => Promise<void>)[] = [];
test.afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

test("an account the sign-in page has locked cannot sign in at the library's endpoint either", async ({ page, browser, uniqueName }) => {
  const email = `lock.${uniqueName("l").replace(/\W+/g, "")}@example.com`;
  await createUser(page, { name: "Lou Locked", email, password: PASSWORD });
  const from = await pageFrom(browser, "127.0.0.2", (f) => cleanups.push(f));
  for (let i = 0; i < 5; i++) expect(await signInOnPage(from, email, `wrong guess ${i}`)).toMatch(WRONG);
  expect(await signInOnPage(from, email, PASSWORD)).toMatch(TOO_MANY);

  const library = await signInAtLibrary("127.0.0.2", email, PASSWORD);
  expect(library.status, library.body).toBe(429);
  expect(JSON.parse(library.body).message).toMatch(TOO_MANY);
  expect(library.cookies.filter((c) => c.includes("session_token=") && !c.includes("Max-Age=0"))).toEqual([]);
});

test("a new X-Forwarded-For on every guess does not reset the count at the library's endpoint", async ({ page, uniqueName }) => {
  const email = `xff.${uniqueName("x").replace(/\W+/g, "")}@example.com`;
  await createUser(page, { name: "Xavi Forwarded", email, password: PASSWORD });
  for (let i = 0; i < 5; i++) {
    const guess = await signInAtLibrary("127.0.0.3", email, `wrong guess ${i}`, {
      "x-forwarded-for": `198.51.100.${i + 1}`,
      "x-real-ip": `198.51.100.${i + 1}`,
    });
    expect(guess.status, guess.body).toBe(401);
  }
  const right = await signInAtLibrary("127.0.0.3", email, PASSWORD, { "x-forwarded-for": "203.0.113.77", "x-tuneset-client": "203.0.113.77" });
  expect(right.status, right.body).toBe(429);
});

test("a new X-Forwarded-For on every guess does not reset the sign-in page's count per address", async ({ browser, uniqueName }) => {
  const from = await pageFrom(browser, "127.0.0.6", (f) => cleanups.push(f));
  const tag = uniqueName("a").replace(/\W+/g, "");
  // Twenty accounts, one guess each, each from a "different" forwarded address.
  for (let i = 0; i < 20; i++) {
    await from.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i + 1}` });
    expect(await signInOnPage(from, `nobody${i}.${tag}@example.com`, "wrong guess")).toMatch(WRONG);
  }
  await from.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.200" });
  expect(await signInOnPage(from, `nobody-else.${tag}@example.com`, "wrong guess")).toMatch(TOO_MANY);
});

test("guesses from one machine do not lock the admin out of another", async ({ browser }) => {
  const attacker = await pageFrom(browser, "127.0.0.4", (f) => cleanups.push(f));
  for (let i = 0; i < 5; i++) expect(await signInOnPage(attacker, ADMIN.email, `wrong guess ${i}`)).toMatch(WRONG);
  for (let i = 0; i < 15; i++) expect(await signInOnPage(attacker, `someone${i}@example.com`, "wrong guess")).toMatch(WRONG);
  // The attacker's address is stopped, even with the right password...
  expect(await signInOnPage(attacker, ADMIN.email, ADMIN.password)).toMatch(TOO_MANY);
  // ...and the admin, on another machine, signs in.
  const admin = await pageFrom(browser, "127.0.0.5", (f) => cleanups.push(f));
  expect(await signInOnPage(admin, ADMIN.email, ADMIN.password)).toBe("signed in");
  const library = await signInAtLibrary("127.0.0.7", ADMIN.email, ADMIN.password);
  expect(library.status, library.body).toBe(200);
});
