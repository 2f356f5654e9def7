// What the settings page shows of a dataset's moderation pre-scan. Types and constants
// only, so client components can name them without reaching the database.

/** A running scan beats every few seconds; one silent this long died with its process. */
export const SILENT_MINUTES = 2;
export const INTERRUPTED_MESSAGE = "The server stopped before this scan finished. Scan again: records already scanned keep their verdicts.";

export type ModerationRunStatus = "running" | "done" | "failed";

export type ModerationRunView = {
  id: string;
  status: ModerationRunStatus;
  /** unscanned: records not scanned since their last edit; all: every record again. */
  mode: "unscanned" | "all";
  /** Whether the scan was limited to a table filter. */
  filtered: boolean;
  host: string;
  model: string;
  processed: number;
  total: number;
  flagged: number;
  failure: string | null;
  startedAt: string;
  finishedAt: string | null;
  startedBy: string;
};

/** The dataset's records as they stand now (live, valid ones). */
export type ModerationCounts = { records: number; scanned: number; flagged: number; unscanned: number };
