import { db, sqlite } from "../client";
import {
  INTERRUPTED_MESSAGE,
  SILENT_MINUTES,
  type ModerationCounts,
  type ModerationRunStatus,
  type ModerationRunView,
} from "../../moderation/moderation-status";
import type { DatasetScope } from "../scope";

// What the dataset's settings page shows of its moderation pre-scan: the latest scan,
// and the records as they stand now (a record edited since its scan counts as not scanned).

export async function latestModerationRun({ datasetId }: DatasetScope): Promise<ModerationRunView | null> {
  const run = await db().moderationRun.findFirst({
    where: { datasetId },
    orderBy: { startedAt: "desc" },
    include: { createdBy: { select: { name: true } } },
  });
  if (!run) return null;
  // A scan whose process stopped reads as stopped here; the next scan start records it so.
  const silent = run.status === "running" && (run.heartbeatAt ?? run.startedAt).getTime() < Date.now() - SILENT_MINUTES * 60_000;
  return {
    id: run.id,
    status: silent ? "failed" : (run.status as ModerationRunStatus),
    mode: run.mode === "all" ? "all" : "unscanned",
    filtered: run.filter !== null,
    host: run.host,
    model: run.model,
    processed: run.processed,
    total: run.total,
    flagged: run.flagged,
    failure: silent ? INTERRUPTED_MESSAGE : run.failure,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    startedBy: run.createdBy.name,
  };
}

export function moderationCounts({ datasetId }: DatasetScope): ModerationCounts {
  const row = sqlite()
    .prepare(
      `SELECT count(*) AS records, count(moderatedAt) AS scanned, coalesce(sum(moderationFlagged = 1), 0) AS flagged
       FROM Conversation WHERE datasetId = ? AND deletedAt IS NULL AND kind != 'invalid'`,
    )
    .get(datasetId) as { records: number; scanned: number; flagged: number };
  return { ...row, unscanned: row.records - row.scanned };
}
