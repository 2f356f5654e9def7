import { describe, expect, it } from "vitest";
import { explainKeeper } from "./keeper-reason";

const m = (id: number, status: string, length: number, updatedAt = "2026-01-01 00:00:00") => ({ id, status, length, updatedAt });

describe("explainKeeper", () => {
  it("names the most recently approved member even when another is longer", () => {
    const members = [m(1, "approved", 10, "2026-01-01 10:00:00"), m(2, "approved", 12, "2026-01-02 09:00:00"), m(3, "pending", 900)];
    expect(explainKeeper(members)).toEqual({ id: 2, reason: "most recently approved" });
  });

  it("names the longest when nobody approved one", () => {
    expect(explainKeeper([m(4, "pending", 50), m(5, "rejected", 80), m(6, "pending", 79)])).toEqual({ id: 5, reason: "longest" });
  });

  it("names the oldest when every member is as long as the others", () => {
    expect(explainKeeper([m(9, "pending", 80), m(7, "pending", 80), m(8, "needs_changes", 80)])).toEqual({ id: 7, reason: "oldest" });
  });

  it("still names the longest when it ties with another for longest, and age breaks the tie", () => {
    expect(explainKeeper([m(9, "pending", 80), m(7, "pending", 80), m(8, "pending", 20)])).toEqual({ id: 7, reason: "longest" });
  });

  it("says longest for the only candidate left", () => {
    expect(explainKeeper([m(3, "pending", 5)])).toEqual({ id: 3, reason: "longest" });
  });
});
