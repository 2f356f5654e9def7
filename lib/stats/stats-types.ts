import type { Status } from "../validation/statuses";

// What the statistics page shows for a dataset and a filter. Computed by SQL in
// lib/db/stats, kept as JSON in StatsCache, and handed to the charts as is, so the
// shape is plain data (no Dates, no Maps).

/** Records whose value lies in [min, max). */
export type HistogramBin = { min: number; max: number; count: number };

export type Histogram = {
  bins: HistogramBin[];
  /** Records with a value; the bars add up to it. */
  counted: number;
  /** Records of the filter without a value yet (not counted, or never countable: invalid lines). */
  missing: number;
  /** Smallest and largest value, null when nothing is counted. */
  min: number | null;
  max: number | null;
};

export type Share = { count: number; share: number };

export type SystemPromptRow = Share & {
  hash: string;
  /** The prompt's opening, read from one record with this hash. */
  text: string;
};

/** Records that reached their current decision on one UTC day, and all dated ones up to that day. */
export type ReviewDay = { day: string; approved: number; rejected: number; needs_changes: number; cumulative: number };

export type DatasetStats = {
  /** Records matching the filter. */
  total: number;
  /** Of those, records the background checks have not reached yet (checkedAt IS NULL). */
  pendingChecks: number;
  statuses: ({ status: Status } & Share)[];
  labels: ({ name: string; color: string } & Share)[];
  /** Records carrying at least one label. */
  labelled: number;
  languages: ({ code: string } & Share)[];
  /** Records without a detected language: not checked yet, or checked with no text to tell from. */
  noLanguage: { unchecked: number; undetected: number };
  systemPrompts: {
    /** The most common prompts, largest first. */
    top: SystemPromptRow[];
    /** Checked records without a system prompt (the table's system=none). */
    none: Share;
    /** Records without a prompt hash that are not checked yet. */
    unchecked: number;
    /** Prompts beyond the top ones, and the records using them. */
    otherPrompts: number;
    otherRecords: number;
  };
  tokens: Histogram;
  assistantTokens: Histogram;
  turns: Histogram;
  /** The target model's per-example limit and the counted records over it; null for a model Tuneset does not know. */
  limit: { model: string; maxTokensPerExample: number; over: number } | null;
  review: {
    /** Days with at least one decision, oldest first. */
    days: ReviewDay[];
    /** Records now approved, rejected or needs changes. */
    decided: number;
    /** Of those, records whose decision has no revision to date it (written before revisions were kept). */
    undated: number;
  };
  computedAt: string;
  /** How long the SQL took, so the background refresh can pace itself. */
  computeMs: number;
};

export const share = (count: number, total: number): Share => ({ count, share: total > 0 ? count / total : 0 });
