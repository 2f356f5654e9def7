import { describe, expect, it } from "vitest";
import { wilson } from "./intervals";
import { winRates } from "./win-rates";

describe("winRates", () => {
  it("counts a tie as half a win for each side and both-bad as nothing for either", () => {
    const rates = winRates(["a", "b", "b", "tie", "both_bad", "b"]);
    expect(rates).toMatchObject({ judged: 6, aWins: 1, bWins: 3, ties: 1, bothBad: 1 });
    expect(rates.aRate).toEqual(wilson(1.5, 6));
    expect(rates.bRate).toEqual(wilson(3.5, 6));
    expect(rates.aRate!.value + rates.bRate!.value).toBeCloseTo(5 / 6, 12);
  });

  it("has no rates with nothing judged", () => {
    expect(winRates([])).toEqual({ judged: 0, aWins: 0, bWins: 0, ties: 0, bothBad: 0, aRate: null, bRate: null });
  });
});
