import type Database from "better-sqlite3";
import type { Where } from "../conversations/conversation-where";
import { stratumOf, type SplitItem } from "../../snapshots/split";
import type { SplitGrouping } from "../../snapshots/manifest";
import { NO_GROUPING } from "../../snapshots/manifest";
import { contentHasher, type ContentOptions } from "../../snapshots/content-hash";

// The first of a snapshot's two passes over its records: no bodies, only what the
// manifest counts and the split needs (status, labels, near-duplicate cluster), so the
// split can be decided before a single line is written. Read inside the caller's read
// transaction, so the second pass sees exactly these records. The same pass hashes
// what decides the files (content-hash.ts), so an identical snapshot is found before
// a line is written.

export type Selection = {
  records: number;
  kinds: { chat: number; preference: number };
  byStatus: Map<string, number>;
  byLabel: Map<string, number>;
  unlabelled: number;
  /** One per record, in id order; only filled when the snapshot is split. */
  items: SplitItem[];
  grouping: SplitGrouping;
  /** SHA-256 of the records and options: equal hashes mean the same files. */
  contentHash: string;
};

type Run = { id: string; threshold: number; scope: string; finishedAt: string | null };

/** The dataset's latest finished de-duplication run (not a leakage check), whose clusters group the split. */
function latestFinishedRun(reader: Database.Database, datasetId: string): Run | undefined {
  return reader
    .prepare(
      `SELECT id, threshold, scope, finishedAt FROM DedupRun
       WHERE datasetId = ? AND againstDatasetId IS NULL AND status = 'done' ORDER BY startedAt DESC LIMIT 1`,
    )
    .get(datasetId) as Run | undefined;
}

/** What the snapshot's lines hold: the larger kind (a mix is refused unless errors are allowed). */
export const selectionKind = (s: Pick<Selection, "kinds">): "chat" | "preference" => (s.kinds.preference > s.kinds.chat ? "preference" : "chat");

export function readSelection(
  reader: Database.Database,
  datasetId: string,
  where: Where,
  options: Omit<ContentOptions, "datasetId" | "groupedByRun">,
): Selection {
  const split = options.validation > 0;
  const run = split ? latestFinishedRun(reader, datasetId) : undefined;
  const hasher = contentHasher({ ...options, datasetId, groupedByRun: run?.id ?? null });
  const rows = reader
    .prepare(
      `SELECT c.id, c.kind, c.status, c.version,
         (SELECT json_group_array(l.name) FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId WHERE cl.conversationId = c.id) AS labels,
         (SELECT m.clusterId FROM DuplicateMember m WHERE m.runId = ? AND m.conversationId = c.id) AS clusterId
       FROM Conversation c WHERE ${where.sql} AND c.kind != 'invalid' ORDER BY c.id`,
    )
    .raw()
    .iterate(run?.id ?? null, ...where.params) as IterableIterator<[number, string, string, number, string, number | null]>;
  const s: Selection = {
    records: 0,
    kinds: { chat: 0, preference: 0 },
    byStatus: new Map(),
    byLabel: new Map(),
    unlabelled: 0,
    items: [],
    grouping: NO_GROUPING,
    contentHash: "",
  };
  // Most records share a handful of label sets: one string per set, not per record.
  const strata = new Map<string, string>();
  let clustered = 0;
  for (const [id, kind, status, version, labelsJson, clusterId] of rows) {
    s.records++;
    if (kind === "preference") s.kinds.preference++;
    else s.kinds.chat++;
    s.byStatus.set(status, (s.byStatus.get(status) ?? 0) + 1);
    const labels = labelsJson === "[]" ? [] : (JSON.parse(labelsJson) as string[]);
    // The label list comes in no set order; sorted, so the same labels hash alike.
    hasher.add({ id, version, kind, status, labels: labels.length ? JSON.stringify([...labels].sort()) : "", group: split ? clusterId : null });
    if (labels.length === 0) s.unlabelled++;
    for (const l of labels) s.byLabel.set(l, (s.byLabel.get(l) ?? 0) + 1);
    if (!split) continue;
    const key = stratumOf(labels);
    let stratum = strata.get(key);
    if (stratum === undefined) strata.set(key, (stratum = key));
    if (clusterId !== null) clustered++;
    s.items.push({ id, stratum, group: clusterId });
  }
  s.contentHash = hasher.digest();
  if (run)
    s.grouping = { kind: "clusters", dedupRunId: run.id, threshold: run.threshold, scope: run.scope, finishedAt: run.finishedAt, clusteredRecords: clustered };
  return s;
}
