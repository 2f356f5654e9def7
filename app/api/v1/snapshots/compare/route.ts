import { apiRoute } from "@/lib/api/api-route";
import { authorizeSnapshot } from "@/lib/services/auth/authorize-snapshot";
import { diffSnapshots } from "@/lib/db/snapshots/diff-snapshots";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { SnapshotCompareSchema } from "@/lib/validation/snapshot-compare";

// GET /api/v1/snapshots/compare?a=OLDER&b=NEWER[&change=added|removed|edited&offset=&limit=]:
// the counts of records added, removed, edited and unchanged, and one page of changes.
export const GET = apiRoute({ permission: "datasets.read" }, async (req) => {
  const q = SnapshotCompareSchema.parse(paramsToObject(new URL(req.url).searchParams));
  const [older, newer] = [await authorizeSnapshot("datasets.read", q.a), await authorizeSnapshot("datasets.read", q.b)];
  const [a, b] = [older.snapshot, newer.snapshot];
  const d = diffSnapshots({ scope: older.scope, id: a.id }, { scope: newer.scope, id: b.id }, { change: q.change, offset: q.offset, limit: q.limit });
  const side = (s: typeof a) => ({ id: s.id, dataset_id: s.datasetId, number: s.number, records: s.records });
  return {
    a: side(a),
    b: side(b),
    added: d.added,
    removed: d.removed,
    edited: d.edited,
    unchanged: d.unchanged,
    moved_split: d.movedSplit,
    changes: d.entries.map((e) => ({
      conversation_id: String(e.conversationId),
      change: e.change,
      before: e.before,
      after: e.after,
      url: e.href,
      preview: e.preview,
    })),
    offset: q.offset,
    limit: q.limit,
  };
});
