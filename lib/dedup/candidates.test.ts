import { describe, expect, it } from "vitest";
import { BUCKET_WINDOW, candidatePairs, type PairList } from "./candidates";
import { UnionFind } from "./union-find";

const list = (p: PairList) => Array.from(p.a, (a, i) => [a, p.b[i]]);

/** Band keys for items given as rows of keys, one key per band. */
const keysOf = (rows: number[][]) => Uint32Array.from(rows.flat());

describe("candidatePairs", () => {
  it("pairs items that share a whole band, each pair once with a < b", () => {
    // Items 0 and 2 share bands 0 and 1, items 1 and 3 band 1 only, item 4 nothing.
    const keys = keysOf([
      [5, 7, 9],
      [6, 8, 1],
      [5, 7, 2],
      [3, 8, 4],
      [0xffffffff, 10, 11],
    ]);
    expect(list(candidatePairs(keys, 5, 3))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("pairs every member of a small bucket", () => {
    const keys = keysOf([[1], [1], [1], [2]]);
    expect(list(candidatePairs(keys, 4, 1))).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("leaves out items not included", () => {
    const keys = keysOf([[1], [1], [1]]);
    expect(list(candidatePairs(keys, 3, 1, { include: Uint8Array.from([1, 0, 1]) }))).toEqual([[0, 2]]);
  });

  it("gives only pairs across sides when sides are given", () => {
    const keys = keysOf([[1], [1], [1], [1]]);
    const side = Uint8Array.from([0, 0, 1, 1]);
    expect(list(candidatePairs(keys, 4, 1, { side }))).toEqual([
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
    ]);
  });

  it("still links every member of a bucket larger than the window", () => {
    const n = BUCKET_WINDOW + 300;
    const pairs = candidatePairs(new Uint32Array(n).fill(42), n, 1);
    const uf = new UnionFind(n);
    for (let i = 0; i < pairs.a.length; i++) uf.union(pairs.a[i], pairs.b[i]);
    expect(uf.groups()).toHaveLength(1);
    expect(uf.groups()[0]).toHaveLength(n);
    // ...without every pair of the bucket
    expect(pairs.a.length).toBeLessThan((n * (n - 1)) / 2);
  });

  it("pairs every member of a large bucket with the other side", () => {
    // A leak: many near-copies in one set of a single record in the other set.
    const n = BUCKET_WINDOW + 50;
    const side = new Uint8Array(n + 1);
    side[n] = 1;
    const pairs = candidatePairs(new Uint32Array(n + 1).fill(42), n + 1, 1, { side });
    const partnered = new Set(list(pairs).flat());
    expect(partnered.size).toBe(n + 1);
    expect(list(pairs).every(([a, b]) => side[a] !== side[b])).toBe(true);
  });
});
