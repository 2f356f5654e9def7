import { describe, expect, it } from "vitest";
import { formatOwner, ownerIsGone, parseOwner, processIsAlive } from "./import-owner";

const self = { host: "box", pid: 100, nonce: "aaaa" };
const now = new Date("2026-01-01T00:00:00Z");
const later = new Date(now.getTime() + 10_000);
const alive = () => true;
const dead = () => false;

describe("import owners", () => {
  it("round-trips through its stored form, host names with colons included", () => {
    const o = { host: "fe80::1", pid: 42, nonce: "b1c2" };
    expect(parseOwner(formatOwner(o))).toEqual(o);
    expect(parseOwner(null)).toBeNull();
    expect(parseOwner("garbage")).toBeNull();
  });

  it("is gone without an owner or once the lease has run out, wherever it ran", () => {
    expect(ownerIsGone({ owner: null, until: later }, self, now, alive)).toBe(true);
    expect(ownerIsGone({ owner: "other:5:x", until: null }, self, now, alive)).toBe(true);
    expect(ownerIsGone({ owner: "other:5:x", until: new Date(now.getTime() - 1) }, self, now, alive)).toBe(true);
    expect(ownerIsGone({ owner: "other:5:x", until: later }, self, now, dead)).toBe(false);
  });

  it("is gone at once when its process on this host has died, before the lease runs out", () => {
    expect(ownerIsGone({ owner: "box:5:x", until: later }, self, now, dead)).toBe(true);
    expect(ownerIsGone({ owner: "box:5:x", until: later }, self, now, alive)).toBe(false);
  });

  it("takes this process's pid with another nonce for a predecessor that is gone", () => {
    expect(ownerIsGone({ owner: "box:100:zzzz", until: later }, self, now, alive)).toBe(true);
    expect(ownerIsGone({ owner: "box:100:aaaa", until: later }, self, now, alive)).toBe(false);
  });

  it("knows this process is alive", () => {
    expect(processIsAlive(process.pid)).toBe(true);
  });
});
