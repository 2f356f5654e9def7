import { sqlite } from "../client";
import type { DatasetScope } from "../scope";

/** Languages detected in a dataset, most common first, for the table's language filter. */
export function listLanguages({ datasetId }: DatasetScope): { code: string; count: number }[] {
  return sqlite()
    .prepare(
      `SELECT language AS code, count(*) AS count FROM Conversation
       WHERE datasetId = ? AND deletedAt IS NULL AND language IS NOT NULL
       GROUP BY language ORDER BY count DESC, language`,
    )
    .all(datasetId) as { code: string; count: number }[];
}
