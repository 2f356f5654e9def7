import { describe, expect, it } from "vitest";
import { numberRank, textRank } from "./seeded-rank";

describe("seeded ranks", () => {
  it("are the same for the same seed and key, and change with either", () => {
    expect(numberRank(7, 12345)).toBe(numberRank(7, 12345));
    expect(numberRank(7, 12345)).not.toBe(numberRank(8, 12345));
    expect(numberRank(7, 12345)).not.toBe(numberRank(7, 12346));
    expect(textRank(7, "billing")).toBe(textRank(7, "billing"));
    expect(textRank(7, "billing")).not.toBe(textRank(7, "shipping"));
  });

  it("tell apart keys that differ only above 32 bits", () => {
    expect(numberRank(1, 5)).not.toBe(numberRank(1, 5 + 2 ** 32));
  });

  it("spread consecutive keys evenly: each tenth of the range gets about a tenth", () => {
    const buckets = new Array(10).fill(0);
    for (let k = 0; k < 100_000; k++) buckets[Math.floor((numberRank(42, k) / 2 ** 53) * 10)]++;
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });
});
