import type { EditableMessage } from "./edit-operations";

// Two people edited the same conversation: the annotator's unsaved version ("mine")
// and the one a colleague saved meanwhile ("theirs"). Turns are lined up by position;
// the annotator keeps one side per turn, and the merge is saved on top of theirs.

export type Side = "mine" | "theirs";

export type TurnPair = { index: number; mine?: EditableMessage; theirs?: EditableMessage; same: boolean };

/** Who changed a differing turn since the version both started from. */
export type ChangedBy = "you" | "them" | "both" | "unknown";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function alignTurns(mine: EditableMessage[], theirs: EditableMessage[]): TurnPair[] {
  return Array.from({ length: Math.max(mine.length, theirs.length) }, (_, index) => ({
    index,
    mine: mine[index],
    theirs: theirs[index],
    same: same(mine[index], theirs[index]),
  }));
}

/** The positions where the two versions differ: what the annotator has to decide. */
export function conflictingTurns(mine: EditableMessage[], theirs: EditableMessage[]): number[] {
  return alignTurns(mine, theirs)
    .filter((p) => !p.same)
    .map((p) => p.index);
}

/**
 * The merged turns: at each position the chosen side's turn (mine where nothing was
 * chosen); a side that has no turn there drops it.
 */
export function mergeByTurn(mine: EditableMessage[], theirs: EditableMessage[], choices: Record<number, Side>): EditableMessage[] {
  const merged: EditableMessage[] = [];
  for (const pair of alignTurns(mine, theirs)) {
    const turn = (choices[pair.index] ?? "mine") === "mine" ? pair.mine : pair.theirs;
    if (turn) merged.push(turn);
  }
  return merged;
}

/** Which side each differing turn takes when the annotator keeps one version whole. */
export function chooseAll(mine: EditableMessage[], theirs: EditableMessage[], side: Side): Record<number, Side> {
  return Object.fromEntries(conflictingTurns(mine, theirs).map((i) => [i, side]));
}

/**
 * Who changed each differing turn, and the side a merge should take by default: when
 * only one of the two changed a turn since the version both started from (`base`),
 * that change wins, so "Save merge" keeps both people's edits without a click. Turns
 * both changed, or any turn when the base is unknown, default to the annotator's own.
 */
export function suggestMerge(base: EditableMessage[] | null, mine: EditableMessage[], theirs: EditableMessage[]) {
  const changedBy: Record<number, ChangedBy> = {};
  const choices: Record<number, Side> = {};
  for (const i of conflictingTurns(mine, theirs)) {
    if (!base) {
      changedBy[i] = "unknown";
      continue;
    }
    const iChanged = !same(base[i], mine[i]);
    const theyChanged = !same(base[i], theirs[i]);
    changedBy[i] = iChanged && theyChanged ? "both" : theyChanged ? "them" : "you";
    if (changedBy[i] === "them") choices[i] = "theirs";
  }
  return { changedBy, choices };
}
