import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { closeDb, sqlite } from "../client";
import { databaseFile } from "../../env";
import { signInSucceeded, startSignIn } from "./sign-in-limiter";

afterAll(closeDb);

let n = 0;
const account = () => `someone${n++}@example.com`;
const T = Date.parse("2026-06-01T12:00:00Z");

/** `count` failed attempts, a second apart from `at`; returns the time after the last. */
function fail(email: string, address: string, count: number, at = T): number {
  for (let i = 0; i < count; i++) expect(startSignIn(email, address, at + i * 1000)).toBe(0);
  return at + count * 1000;
}

describe("the sign-in limiter", () => {
  it("counts in the database: a new connection, and another process, see the same failures", async () => {
    const email = account();
    const next = fail(email, "198.51.100.1", 5);
    expect(startSignIn(email, "198.51.100.1", next)).toBeGreaterThan(0);
    await closeDb();
    // What a restarted server opens.
    expect(startSignIn(email.toUpperCase(), "198.51.100.1", next)).toBeGreaterThan(0);
    const other = new Database(databaseFile(), { readonly: true });
    const rows = other.prepare(`SELECT count(*) FROM SignInFailure WHERE email = ?`).pluck().get(email);
    other.close();
    expect(rows).toBe(5);
  });

  it("holds one account from one address, not from another, and lets go after the window", () => {
    const email = account();
    const next = fail(email, "198.51.100.2", 5);
    expect(Math.ceil(startSignIn(email, "198.51.100.2", next) / 60_000)).toBe(15);
    expect(startSignIn(email, "198.51.100.3", next)).toBe(0);
    expect(startSignIn(email, "198.51.100.2", T + 15 * 60_000 + 1)).toBe(0);
  });

  it("holds an address that tries twenty accounts, for every account", () => {
    let at = T;
    for (let i = 0; i < 20; i++) at = fail(account(), "198.51.100.4", 1, at);
    expect(startSignIn(account(), "198.51.100.4", at)).toBeGreaterThan(0);
    expect(startSignIn(account(), "198.51.100.5", at)).toBe(0);
  });

  it("never holds an account at an address it signed in from, whatever others try", () => {
    const admin = account();
    expect(startSignIn(admin, "192.0.2.10", T)).toBe(0);
    signInSucceeded(admin, "192.0.2.10", T);
    let at = T + 1000;
    // Thirty guesses from six other addresses.
    for (let a = 0; a < 6; a++) at = fail(admin, `203.0.113.${a}`, 5, at);
    expect(startSignIn(admin, "203.0.113.99", at)).toBeGreaterThan(0);
    expect(startSignIn(admin, "192.0.2.10", at)).toBe(0);
  });

  it("forgives the account's failures at that address after a correct password", () => {
    const email = account();
    const next = fail(email, "198.51.100.6", 4);
    expect(startSignIn(email, "198.51.100.6", next)).toBe(0);
    signInSucceeded(email, "198.51.100.6", next);
    expect(fail(email, "198.51.100.6", 4, next + 1000)).toBeGreaterThan(0);
  });

  it("counts addresses of one IPv6 /64 as one", () => {
    const email = account();
    for (let i = 0; i < 5; i++) expect(startSignIn(email, `2001:db8:1:2::${i + 1}`, T + i)).toBe(0);
    expect(startSignIn(email, "2001:db8:1:2:ffff::9", T + 10)).toBeGreaterThan(0);
    expect(startSignIn(email, "2001:db8:1:3::1", T + 10)).toBe(0);
  });

  it("deletes failures no rule reads any more", () => {
    fail(account(), "198.51.100.7", 2, T - 60 * 60_000);
    startSignIn(account(), "198.51.100.8", T);
    expect(sqlite().prepare(`SELECT count(*) FROM SignInFailure WHERE address = '198.51.100.7'`).pluck().get()).toBe(0);
  });
});
