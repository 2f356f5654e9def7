import { describe, expect, it } from "vitest";
import { radixSortPairs } from "./radix-sort";
import { random32 } from "../test/random32";

describe("radixSortPairs", () => {
  it("sorts keys with their payload", () => {
    const keys = Uint32Array.from([30, 10, 20]);
    const values = Uint32Array.from([3, 1, 2]);
    radixSortPairs(keys, values);
    expect([...keys]).toEqual([10, 20, 30]);
    expect([...values]).toEqual([1, 2, 3]);
  });

  it("agrees with a stable comparison sort on random keys, including keys above 2^31", () => {
    const next = random32(1);
    // A mix of full-range keys and a few repeated ones, so both 16-bit digits and ties are exercised.
    const keys = Uint32Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? next() % 50 : next()));
    keys[0] = 0xffffffff;
    keys[1] = 0x80000000;
    const original = keys.slice();
    const values = Uint32Array.from(keys, (_, i) => i);
    const expected = [...keys.keys()].sort((x, y) => keys[x] - keys[y]); // Array.prototype.sort is stable
    radixSortPairs(keys, values);
    expect([...values]).toEqual(expected);
    expect([...keys]).toEqual(expected.map((i) => original[i]));
    expect(original.filter((k) => k > 2 ** 31).length).toBeGreaterThan(1000);
  });

  it("keeps equal keys in their original order (stable)", () => {
    const keys = Uint32Array.from([0x10002, 1, 0x10002, 1, 0x20001]);
    const values = Uint32Array.from([0, 1, 2, 3, 4]);
    radixSortPairs(keys, values);
    expect([...values]).toEqual([1, 3, 0, 2, 4]);
  });

  it("handles empty input", () => {
    const keys = new Uint32Array(0);
    radixSortPairs(keys, new Uint32Array(0));
    expect(keys).toHaveLength(0);
  });
});
