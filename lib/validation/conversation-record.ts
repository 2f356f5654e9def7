// The public shape of one conversation, as the API returns it and the pages read it:
// metadata in snake_case beside the record's own fields in OpenAI's shape. Types only,
// so client components can name it without reaching the database.

export const RECORD_KEYS = ["messages", "tools", "parallel_tool_calls", "input", "preferred_output", "non_preferred_output"] as const;

export type ConversationRecord = {
  id: string;
  datasetId: string;
  version: number;
  kind: string;
  status: string;
  labels: string[];
  note: string;
  source_file: string | null;
  source_line: number | null;
  import_id: string | null;
  /** The import the record came from, named by its file and when it started. */
  import: { id: string; file_name: string; started_at: string | null } | null;
  /** The evaluation this record was sent back from, when a losing example became it. */
  from_evaluation: string | null;
  tokens: number | null;
  turns: number;
  duplicate_of: string | null;
  /** With status "duplicate": the record kept in this one's place. */
  keeper_id: string | null;
  created_at: string;
  updated_at: string;
  /** Paths of keys the format does not define; kept here, left out of the strict export. */
  unknown_keys: string[];
  /** Top-level keys the format does not define, with their values. */
  extra?: Record<string, unknown>;
  /** Invalid records: the raw line and every error found in it. */
  raw?: string;
  /** A line that is not UTF-8: its bytes as imported, in base64 (`raw` shows them decoded, with U+FFFD). */
  raw_base64?: string;
  errors?: { path: string; message: string }[];
} & Partial<Record<(typeof RECORD_KEYS)[number], unknown>>;
