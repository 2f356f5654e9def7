import { describe, expect, it } from "vitest";
import { nextPair, queueProgress, type PairTally } from "./judging-order";

const pair = (exampleId: number, votes = 0, mine = false): PairTally => ({ exampleId, position: exampleId, votes, mine });

describe("nextPair", () => {
  it("walks the set in order when nobody has voted", () => {
    expect(nextPair([pair(3), pair(1), pair(2)], 1)?.exampleId).toBe(1);
  });

  it("serves the pairs with the fewest votes first, among those still short of their votes", () => {
    const tallies = [pair(1, 2), pair(2, 1), pair(3, 0), pair(4, 1)];
    expect(nextPair(tallies, 3)?.exampleId).toBe(3);
    expect(nextPair(tallies.slice(0, 2).concat(tallies[3]), 3)?.exampleId).toBe(2);
  });

  it("puts pairs that have their votes last, in set order whatever their count", () => {
    const tallies = [pair(1, 5), pair(2, 2), pair(3, 1)];
    expect(nextPair(tallies, 2)?.exampleId).toBe(3);
    expect(nextPair([pair(1, 5), pair(2, 2)], 2)?.exampleId).toBe(1);
  });

  it("never serves a pair this annotator judged or skipped in this sitting", () => {
    const tallies = [pair(1, 0, true), pair(2), pair(3)];
    expect(nextPair(tallies, 1, [2])?.exampleId).toBe(3);
    expect(nextPair(tallies, 1, [2, 3])).toBeNull();
  });

  it("has nothing to serve from an empty set", () => {
    expect(nextPair([], 1)).toBeNull();
  });
});

describe("queueProgress", () => {
  it("counts ready pairs, this annotator's votes and pairs that have their votes", () => {
    const tallies = [pair(1, 2, true), pair(2, 1, true), pair(3, 0), pair(4, 3)];
    expect(queueProgress(tallies, 2)).toEqual({ pairs: 4, judgedByMe: 2, complete: 2 });
    expect(queueProgress(tallies, 1)).toEqual({ pairs: 4, judgedByMe: 2, complete: 3 });
  });
});
