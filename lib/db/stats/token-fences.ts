import { sqlite } from "../client";
import { MIN_EXAMPLES_FOR_OUTLIERS, outlierFences, quantileIndex, type TokenFences } from "../../quality/outliers";
import type { DatasetScope } from "../scope";

// The dataset's outlier fences from its token quartiles, read straight off the
// (datasetId, tokens, id) index: a count and two OFFSET lookups that never touch a
// record row. Records in the trash count too: asking the index about them would mean
// reading every row, and a few of them cannot move a quartile.

const COUNTED = `FROM Conversation WHERE datasetId = ? AND tokens IS NOT NULL`;

// The table marks outliers on every page it renders; a few seconds of staleness
// in a rule about "far outside the distribution" is invisible, a count over a
// million rows on each page is not.
const MEMO_MS = 10_000;
const memo = new Map<string, { at: number; fences: TokenFences | null }>();

/** Null when too few records are counted for quartiles to mean anything. */
export function tokenFences({ datasetId }: DatasetScope): TokenFences | null {
  const hit = memo.get(datasetId);
  if (hit && Date.now() - hit.at < MEMO_MS) return hit.fences;
  const fences = computeFences(datasetId);
  memo.set(datasetId, { at: Date.now(), fences });
  return fences;
}

function computeFences(datasetId: string): TokenFences | null {
  const db = sqlite();
  const n = (db.prepare(`SELECT count(*) ${COUNTED}`).pluck().get(datasetId) as number) ?? 0;
  if (n < MIN_EXAMPLES_FOR_OUTLIERS) return null;
  const at = db.prepare(`SELECT tokens ${COUNTED} ORDER BY tokens LIMIT 1 OFFSET ?`).pluck();
  const q1 = at.get(datasetId, quantileIndex(n, 0.25)) as number;
  const q3 = at.get(datasetId, quantileIndex(n, 0.75)) as number;
  return outlierFences(q1, q3);
}
