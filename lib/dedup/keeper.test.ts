import { describe, expect, it } from "vitest";
import { suggestKeeper, type KeeperCandidate } from "./keeper";

const m = (id: number, status: string, updatedAt: string, length: number): KeeperCandidate => ({ id, status, updatedAt, length });

describe("suggestKeeper", () => {
  it("keeps the most recently approved member, even when another is longer", () => {
    const members = [
      m(1, "approved", "2026-01-01T10:00:00.000Z", 100),
      m(2, "approved", "2026-03-01T10:00:00.000Z", 50),
      m(3, "pending", "2026-04-01T10:00:00.000Z", 900),
    ];
    expect(suggestKeeper(members)).toBe(2);
  });

  it("keeps the longest when none is approved", () => {
    expect(suggestKeeper([m(1, "pending", "2026-01-01", 10), m(2, "rejected", "2026-01-02", 30), m(3, "pending", "2026-01-03", 20)])).toBe(2);
  });

  it("keeps the oldest (lowest id) on a tie", () => {
    expect(suggestKeeper([m(9, "pending", "2026-01-01", 30), m(4, "pending", "2026-01-02", 30), m(7, "pending", "2026-01-03", 10)])).toBe(4);
    const same = "2026-02-02T00:00:00.000Z";
    expect(suggestKeeper([m(8, "approved", same, 1), m(5, "approved", same, 1), m(6, "pending", same, 99)])).toBe(5);
  });

  it("refuses an empty cluster", () => {
    expect(() => suggestKeeper([])).toThrow();
  });
});
