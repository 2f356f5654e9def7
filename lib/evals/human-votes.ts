import type { ExampleInput } from "./eval-types";
import { cohensKappa, fleissKappa } from "./kappa";
import type { HumanChoice } from "./eval-vocabulary";

// What annotators said about the pairs: one choice per annotator and pair, the pair's
// majority, and how far annotators agree with each other.

/** Each annotator's choice on one pair; a repeated vote replaces the earlier one. */
export function choicesByUser(votes: ExampleInput["votes"]): Map<string, HumanChoice> {
  const byUser = new Map<string, HumanChoice>();
  for (const v of votes) byUser.set(v.userId, v.choice);
  return byUser;
}

/**
 * The choice most annotators made on a pair; "tie" when two or more choices share the
 * most votes (one says A, one says B: the annotators, as a group, called it even).
 * Null without votes.
 */
export function humanMajority(votes: ExampleInput["votes"]): HumanChoice | null {
  const counts = new Map<HumanChoice, number>();
  for (const choice of choicesByUser(votes).values()) counts.set(choice, (counts.get(choice) ?? 0) + 1);
  let best: HumanChoice | null = null;
  let bestCount = 0;
  let shared = false;
  for (const [choice, count] of counts) {
    if (count > bestCount) {
      best = choice;
      bestCount = count;
      shared = false;
    } else if (count === bestCount) shared = true;
  }
  return shared ? "tie" : best;
}

export type PairKappa = { users: [string, string]; kappa: number | null; items: number };

/** Pairs two annotators must share before their agreement is reported. */
export const MIN_SHARED_PAIRS = 2;

/**
 * Agreement among annotators: Fleiss' kappa over every pair with two or more votes
 * (`pairs`), and Cohen's kappa for each two annotators who voted on at least
 * MIN_SHARED_PAIRS of the same pairs, ordered by user id.
 */
export function humanAgreement(examples: readonly ExampleInput[]): {
  votes: number;
  pairs: number;
  fleiss: number | null;
  cohen: PairKappa[];
} {
  const perExample = examples.map((e) => choicesByUser(e.votes));
  const votes = perExample.reduce((n, m) => n + m.size, 0);
  const fleiss = fleissKappa(perExample.map((m) => [...m.values()]));
  const users = [...new Set(perExample.flatMap((m) => [...m.keys()]))].sort();
  const cohen: PairKappa[] = [];
  for (let i = 0; i < users.length; i++) {
    for (let j = i + 1; j < users.length; j++) {
      const shared: [string, string][] = [];
      for (const m of perExample) {
        const x = m.get(users[i]);
        const y = m.get(users[j]);
        if (x && y) shared.push([x, y]);
      }
      if (shared.length >= MIN_SHARED_PAIRS) cohen.push({ users: [users[i], users[j]], kappa: cohensKappa(shared), items: shared.length });
    }
  }
  return { votes, pairs: fleiss.items, fleiss: fleiss.kappa, cohen };
}
