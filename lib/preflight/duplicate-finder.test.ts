import { describe, expect, it } from "vitest";
import { DuplicateFinder, hashPrefix } from "./duplicate-finder";
import { uint32Column } from "./number-column";

describe("hashPrefix", () => {
  it("reads 52 bits exactly", () => {
    expect(hashPrefix("fffffffffffff123")).toBe(2 ** 52 - 1);
    expect(hashPrefix("0000000000001fff")).toBe(1);
  });
});

describe("DuplicateFinder", () => {
  it("names the earliest line for every later copy, in file order", () => {
    const finder = new DuplicateFinder();
    const hashes = ["aa", "bb", "aa", "cc", "bb", "aa"].map((h) => h.padEnd(40, "0"));
    hashes.forEach((h, i) => finder.add(i + 1, h));
    const found: Array<[number, number]> = [];
    finder.forEachDuplicate((line, first) => found.push([line, first]));
    expect(found).toEqual([
      [3, 1],
      [5, 2],
      [6, 1],
    ]);
  });

  it("finds nothing among different hashes, past the first growth of its columns", () => {
    const finder = new DuplicateFinder();
    for (let i = 0; i < 5000; i++) finder.add(i + 1, i.toString(16).padStart(13, "0").padEnd(40, "f"));
    let calls = 0;
    finder.forEachDuplicate(() => calls++);
    expect(calls).toBe(0);
  });
});

describe("NumberColumn", () => {
  it("keeps every number across growth", () => {
    const column = uint32Column();
    for (let i = 0; i < 3000; i++) column.push(i * 7);
    expect(column.length).toBe(3000);
    expect(column.view()[2999]).toBe(2999 * 7);
    expect(column.view().length).toBe(3000);
  });
});
