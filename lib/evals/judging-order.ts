// Which pair an annotator judges next, and how far blind judging has got. Pure, so
// the queue's order is tested without a database and the page, the API and the CLI
// agree on it.

/** One pair whose two answers are ready: how many votes it has, and whether one is this annotator's. */
export type PairTally = { exampleId: number; position: number; votes: number; mine: boolean };

export type QueueProgress = {
  /** Pairs whose A and B answers are both done. */
  pairs: number;
  judgedByMe: number;
  /** Pairs with at least votesPerPair votes. */
  complete: number;
};

export function queueProgress(tallies: readonly PairTally[], votesPerPair: number): QueueProgress {
  let judgedByMe = 0;
  let complete = 0;
  for (const t of tallies) {
    if (t.mine) judgedByMe++;
    if (t.votes >= votesPerPair) complete++;
  }
  return { pairs: tallies.length, judgedByMe, complete };
}

/**
 * The pair to show next: never one this annotator already judged or set aside in this
 * sitting. Pairs still short of their votes come first, fewest votes first, so several
 * annotators spread over the set instead of all judging its beginning; then by position.
 * Pairs that already have their votes stay in the queue, last and in set order: an
 * extra vote still narrows the result.
 */
export function nextPair(tallies: readonly PairTally[], votesPerPair: number, skip: readonly number[] = []): PairTally | null {
  const skipped = new Set(skip);
  let best: PairTally | null = null;
  for (const t of tallies) {
    if (t.mine || skipped.has(t.exampleId)) continue;
    if (!best || before(t, best, votesPerPair)) best = t;
  }
  return best;
}

function before(x: PairTally, y: PairTally, votesPerPair: number): boolean {
  const need = (t: PairTally) => Math.min(t.votes, votesPerPair);
  return need(x) !== need(y) ? need(x) < need(y) : x.position < y.position;
}
