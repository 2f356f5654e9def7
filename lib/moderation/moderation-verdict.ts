import { z } from "zod";
import type { ModerationBatch } from "./moderation-batches";

// A record's verdict from the results of its inputs: flagged when any input was, with
// the flagged categories (highest score first) and the single highest-scoring category
// overall, so even a record that passed shows what came closest. Stored as JSON in
// Conversation.moderation; the schema reads it back.

export const ModerationVerdictSchema = z.object({
  flagged: z.boolean(),
  /** Flagged categories, as the provider names them ("violence", "self-harm/intent"), highest score first. */
  categories: z.array(z.string()),
  /** The highest-scoring category; null for a record with no text to send. */
  top: z.object({ category: z.string(), score: z.number() }).nullable(),
});

export type ModerationVerdict = z.infer<typeof ModerationVerdictSchema>;

/** The part of one result that matters here (the SDK's Moderation type fits it). */
export type ModerationResultLike = {
  flagged: boolean;
  categories: Record<string, boolean | null | undefined> | object;
  category_scores: Record<string, number | null | undefined> | object;
};

/** The provider answered a different number of results than inputs: verdicts cannot be matched to records. */
export class ResultCountMismatch extends Error {
  constructor(
    readonly inputs: number,
    readonly results: number,
  ) {
    super(`Sent ${inputs} inputs, got ${results} results back`);
  }
}

export const NOTHING_TO_SCAN: ModerationVerdict = { flagged: false, categories: [], top: null };

type Tally = { flagged: boolean; best: Map<string, number>; flaggedCategories: Set<string> };

/** Verdicts for `ids` from the answered batches; a record without inputs gets NOTHING_TO_SCAN. */
export function combineVerdicts(ids: number[], answered: { batch: ModerationBatch; results: ModerationResultLike[] }[]): Map<number, ModerationVerdict> {
  const tallies = new Map<number, Tally>();
  for (const { batch, results } of answered) {
    if (results.length !== batch.inputs.length) throw new ResultCountMismatch(batch.inputs.length, results.length);
    results.forEach((result, i) => {
      const id = batch.owners[i];
      let t = tallies.get(id);
      if (!t) tallies.set(id, (t = { flagged: false, best: new Map(), flaggedCategories: new Set() }));
      t.flagged ||= result.flagged === true;
      for (const [category, on] of Object.entries(result.categories)) if (on === true) t.flaggedCategories.add(category);
      for (const [category, score] of Object.entries(result.category_scores)) {
        if (typeof score === "number" && Number.isFinite(score) && score > (t.best.get(category) ?? -1)) t.best.set(category, score);
      }
    });
  }
  const verdicts = new Map<number, ModerationVerdict>();
  for (const id of ids) {
    const t = tallies.get(id);
    if (!t) {
      verdicts.set(id, NOTHING_TO_SCAN);
      continue;
    }
    const score = (c: string) => t.best.get(c) ?? 0;
    const ranked = [...t.best.keys()].sort((a, b) => score(b) - score(a) || a.localeCompare(b));
    verdicts.set(id, {
      flagged: t.flagged || t.flaggedCategories.size > 0,
      categories: [...t.flaggedCategories].sort((a, b) => score(b) - score(a) || a.localeCompare(b)),
      top: ranked.length ? { category: ranked[0], score: score(ranked[0]) } : null,
    });
  }
  return verdicts;
}

/** A stored verdict, or null when never scanned (or unreadable, which counts as not scanned). */
export function parseVerdict(json: string | null): ModerationVerdict | null {
  if (!json) return null;
  try {
    const parsed = ModerationVerdictSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "harassment/threatening" → "harassment (threatening)", for people reading it. */
export const categoryLabel = (category: string) => category.replace(/\/(.+)$/, " ($1)");
