import { wilson, type Interval } from "./intervals";

// Head-to-head rates of A against B. A tie is half a win for each side, so the two
// rates add up to 1 unless annotators called both answers bad: "both bad" counts for
// neither model, since neither answer was worth having.

export type PairWinner = "a" | "b" | "tie" | "both_bad";

export type WinRates = {
  judged: number;
  aWins: number;
  bWins: number;
  ties: number;
  bothBad: number;
  /** (A's wins + ties / 2) / judged, with a Wilson interval. */
  aRate: Interval | null;
  bRate: Interval | null;
};

export function winRates(winners: Iterable<PairWinner>): WinRates {
  let aWins = 0;
  let bWins = 0;
  let ties = 0;
  let bothBad = 0;
  for (const w of winners) {
    if (w === "a") aWins++;
    else if (w === "b") bWins++;
    else if (w === "tie") ties++;
    else bothBad++;
  }
  const judged = aWins + bWins + ties + bothBad;
  return {
    judged,
    aWins,
    bWins,
    ties,
    bothBad,
    aRate: wilson(aWins + ties / 2, judged),
    bRate: wilson(bWins + ties / 2, judged),
  };
}
