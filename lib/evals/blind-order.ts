import type { DisplayChoice, HumanChoice } from "./eval-vocabulary";

// Which answer an annotator sees on the left. Random per pair and per annotator, so
// no model sits on one side often enough to profit from a preference for it, yet
// fixed by the evaluation's seed: a reload shows the same order, and the server can
// turn "left was better" back into a model without the page ever naming one.

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashString(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** True when model B is shown on the left for this annotator and pair. */
export function bShownLeft(seed: number, exampleId: number, userId: string): boolean {
  const h = mix(hashString(userId, mix((seed >>> 0) ^ Math.imul(exampleId, 0x9e3779b1))));
  return (h & 1) === 1;
}

/** The verdict in the models' terms, from the side of the screen the annotator chose. */
export function choiceFromDisplay(display: DisplayChoice, bLeft: boolean): HumanChoice {
  if (display === "left") return bLeft ? "b" : "a";
  if (display === "right") return bLeft ? "a" : "b";
  return display;
}

/** The side of the screen a stored verdict points to, to show an annotator their earlier choice. */
export function displayFromChoice(choice: HumanChoice, bLeft: boolean): DisplayChoice {
  if (choice === "a") return bLeft ? "right" : "left";
  if (choice === "b") return bLeft ? "left" : "right";
  return choice;
}
