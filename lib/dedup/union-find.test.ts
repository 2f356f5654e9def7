import { describe, expect, it } from "vitest";
import { UnionFind } from "./union-find";

describe("UnionFind", () => {
  it("groups transitively and leaves singletons out", () => {
    const uf = new UnionFind(7);
    uf.union(0, 1);
    uf.union(1, 2); // 0-1 and 1-2: one group of three
    uf.union(5, 3);
    expect(uf.groups()).toEqual([
      [0, 1, 2],
      [3, 5],
    ]);
    expect(uf.find(2)).toBe(uf.find(0));
    expect(uf.find(4)).toBe(4);
  });

  it("merges groups joined later and ignores repeated unions", () => {
    const uf = new UnionFind(6);
    uf.union(0, 1);
    uf.union(2, 3);
    uf.union(1, 0);
    uf.union(3, 0);
    expect(uf.groups()).toEqual([[0, 1, 2, 3]]);
  });

  it("lists only the chosen items, dropping groups left with one", () => {
    const uf = new UnionFind(5);
    uf.union(0, 1);
    uf.union(1, 2);
    uf.union(3, 4);
    expect(uf.groups((i) => i !== 1 && i !== 4)).toEqual([[0, 2]]);
  });
});
