import type { SystemPromptMode } from "./bake-system-prompt";

/** A snapshot as a dataset's list shows it (lib/db/snapshots/list-snapshots.ts reads it). */
export type SnapshotListItem = {
  id: string;
  number: number;
  kind: string;
  createdAt: Date;
  createdBy: { name: string; email: string };
  records: number;
  trainRecords: number;
  validationRecords: number;
  validationFraction: number | null;
  seed: number | null;
  systemPrompt: SystemPromptMode;
  filter: Record<string, unknown>;
};
