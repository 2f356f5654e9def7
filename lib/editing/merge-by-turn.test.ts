import { describe, expect, it } from "vitest";
import { alignTurns, chooseAll, conflictingTurns, mergeByTurn, suggestMerge } from "./merge-by-turn";

const u = (content: string) => ({ role: "user", content });
const a = (content: string) => ({ role: "assistant", content });

const base = [u("Hi"), a("Hello"), u("Price?"), a("It is 5 euros.")];
// Mine fixed the second answer; theirs fixed the first and added a closing turn.
const mine = [u("Hi"), a("Hello"), u("Price?"), a("It costs 5 euros.")];
const theirs = [u("Hi"), a("Hello! How can I help?"), u("Price?"), a("It is 5 euros."), u("Thanks")];

describe("conflict detection", () => {
  it("finds the turns where the versions differ, including one only a side has", () => {
    expect(conflictingTurns(mine, theirs)).toEqual([1, 3, 4]);
    expect(conflictingTurns(base, base)).toEqual([]);
  });

  it("lines turns up by position and marks the equal ones", () => {
    const pairs = alignTurns(mine, theirs);
    expect(pairs.map((p) => p.same)).toEqual([true, false, true, false, false]);
    expect(pairs[4].mine).toBeUndefined();
  });
});

describe("mergeByTurn", () => {
  it("keeps both colleagues' edits when each side is taken where it changed", () => {
    expect(mergeByTurn(mine, theirs, { 1: "theirs", 3: "mine", 4: "theirs" })).toEqual([
      u("Hi"),
      a("Hello! How can I help?"),
      u("Price?"),
      a("It costs 5 euros."),
      u("Thanks"),
    ]);
  });

  it("takes mine where nothing was chosen, so a turn only theirs has is dropped", () => {
    expect(mergeByTurn(mine, theirs, {})).toEqual(mine);
  });

  it("keeping one side whole gives that side back", () => {
    expect(mergeByTurn(mine, theirs, chooseAll(mine, theirs, "theirs"))).toEqual(theirs);
    expect(mergeByTurn(mine, theirs, chooseAll(mine, theirs, "mine"))).toEqual(mine);
  });

  it("does not change its inputs", () => {
    const before = JSON.stringify([mine, theirs]);
    mergeByTurn(mine, theirs, { 1: "theirs" });
    expect(JSON.stringify([mine, theirs])).toBe(before);
  });
});

describe("suggestMerge", () => {
  it("takes each side's change where only that side changed a turn, so the default merge keeps both edits", () => {
    const { changedBy, choices } = suggestMerge(base, mine, theirs);
    expect(changedBy).toEqual({ 1: "them", 3: "you", 4: "them" });
    expect(mergeByTurn(mine, theirs, choices)).toEqual([u("Hi"), a("Hello! How can I help?"), u("Price?"), a("It costs 5 euros."), u("Thanks")]);
  });

  it("keeps mine where both changed the same turn, and says so", () => {
    const both = [u("Hi"), a("Hello"), u("Price?"), a("Five euros.")];
    const { changedBy, choices } = suggestMerge(
      base,
      both,
      theirs.map((t, i) => (i === 3 ? a("5 EUR") : t)),
    );
    expect(changedBy[3]).toBe("both");
    expect(choices[3]).toBeUndefined();
  });

  it("without the common version, every differing turn defaults to mine", () => {
    const { changedBy, choices } = suggestMerge(null, mine, theirs);
    expect(Object.values(changedBy)).toEqual(["unknown", "unknown", "unknown"]);
    expect(choices).toEqual({});
  });
});
