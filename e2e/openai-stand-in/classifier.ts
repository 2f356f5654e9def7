// The stand-in's moderation "model": deterministic, so a test knows what will be
// flagged. Text containing one of the trigger phrases below (any case, any spacing) is
// flagged in that phrase's categories with those scores; every other score is a tiny
// value derived from the text, stable from run to run. Nothing else is ever flagged.

export const CATEGORIES = [
  "harassment",
  "harassment/threatening",
  "hate",
  "hate/threatening",
  "illicit",
  "illicit/violent",
  "self-harm",
  "self-harm/intent",
  "self-harm/instructions",
  "sexual",
  "sexual/minors",
  "violence",
  "violence/graphic",
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Categories the real model also scores from images (the spec's category_applied_input_types). */
export const IMAGE_CATEGORIES: readonly Category[] = ["self-harm", "self-harm/intent", "self-harm/instructions", "sexual", "violence", "violence/graphic"];

/** The trigger phrases, as documented in README.md beside this file. */
export const TRIGGERS: { phrase: string; scores: Partial<Record<Category, number>> }[] = [
  // The spec's own example input.
  { phrase: "i want to kill them", scores: { violence: 0.9971, "harassment/threatening": 0.5695, harassment: 0.5216 } },
  { phrase: "blood and guts everywhere", scores: { violence: 0.9123, "violence/graphic": 0.8731 } },
  { phrase: "i want to end my life", scores: { "self-harm": 0.9612, "self-harm/intent": 0.9418 } },
  { phrase: "how to hurt myself", scores: { "self-harm": 0.9307, "self-harm/instructions": 0.8894 } },
  { phrase: "those people are vermin", scores: { hate: 0.9245, harassment: 0.8137 } },
  { phrase: "how to build a pipe bomb", scores: { illicit: 0.9533, "illicit/violent": 0.9421, violence: 0.6604 } },
];

/** A category is flagged at this score or above. */
export const FLAG_AT = 0.5;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ");

/** FNV-1a: a small stable hash for the background scores. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function scoreText(text: string): Record<Category, number> {
  const t = normalise(text);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, (1 + (hash(`${c}\u0000${t}`) % 1000)) / 1e6])) as Record<Category, number>;
  for (const trigger of TRIGGERS) {
    if (!t.includes(trigger.phrase)) continue;
    for (const [c, s] of Object.entries(trigger.scores) as [Category, number][]) scores[c] = Math.max(scores[c], s);
  }
  return scores;
}
