import { sqlite } from "../../lib/db/client";
import { listConversations } from "../../lib/db/conversations/list-conversations";
import { encodeCursor } from "../../lib/db/conversations/keyset";
import { ConversationPageSchema } from "../../lib/validation/conversation-filter";
import { latencyFigure, type Figure } from "./results";
import { summarise, timeInTurns } from "./stats";
import { commandLineScope } from "../../lib/cli/command-line-scope";

// The conversations table: one 50-row page, newest first, at the top and 90% of the way
// down, with and without a status filter. Keyset pagination promises the deep page
// costs what the first does; the baseline is the same page as a bare id query.

const PAGE = 50;
const RUNS = 50;
// A fresh process runs Prisma's query path cold; the first few dozen calls are JIT warm-up, not the page.
const WARMUP = 20;
const DEPTH = 0.9;
export const PAGE_TARGET_MS = 5;

type Variant = { name: string; status?: "approved"; deep: boolean };
const VARIANTS: Variant[] = [
  { name: "first page", deep: false },
  { name: "deep page (90%)", deep: true },
  { name: "first page, status=approved", status: "approved", deep: false },
  { name: "deep page (90%), status=approved", status: "approved", deep: true },
];

/** Marks ~30% of the dataset approved in one UPDATE, so the status filter has work to do. */
export function approveThirtyPercent(datasetId: string): number {
  return sqlite().prepare(`UPDATE Conversation SET status = 'approved' WHERE datasetId = ? AND id % 10 < 3`).run(datasetId).changes;
}

// The row 90% of the way down the filtered list; the page under test starts after it.
function deepCursorId(datasetId: string, status?: string): number {
  const filter = status ? `AND status = ?` : "";
  const params = status ? [datasetId, status] : [datasetId];
  const db = sqlite();
  const total = db
    .prepare(`SELECT count(*) FROM Conversation WHERE datasetId = ? AND deletedAt IS NULL ${filter}`)
    .pluck()
    .get(...params) as number;
  return db
    .prepare(`SELECT id FROM Conversation WHERE datasetId = ? AND deletedAt IS NULL ${filter} ORDER BY id DESC LIMIT 1 OFFSET ?`)
    .pluck()
    .get(...params, Math.floor(total * DEPTH)) as number;
}

export async function benchTablePage(datasetId: string, label: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const v of VARIANTS) {
    const after = v.deep ? deepCursorId(datasetId, v.status) : null;
    const query = ConversationPageSchema.parse({
      status: v.status,
      limit: PAGE,
      cursor: after === null ? undefined : encodeCursor({ v: after, id: after }),
    });
    const bare = sqlite().prepare(
      `SELECT id FROM Conversation WHERE datasetId = ?${v.status ? " AND status = ?" : ""}${after === null ? "" : " AND id < ?"} ORDER BY id DESC LIMIT ${PAGE}`,
    );
    const bareParams = [datasetId, ...(v.status ? [v.status] : []), ...(after === null ? [] : [after])];

    const check = await listConversations(commandLineScope(datasetId), query);
    const expected = bare.pluck().all(...bareParams) as number[];
    if (check.rows.length !== PAGE || check.rows.some((r, i) => r.id !== expected[i])) {
      throw new Error(`table page "${v.name}" returned other rows than the bare query`);
    }
    const [app, base] = await timeInTurns(RUNS, WARMUP, [() => listConversations(commandLineScope(datasetId), query), () => bare.all(...bareParams)]);
    const a = summarise(app);
    const b = summarise(base);
    figures.push(
      latencyFigure({
        figure: `table page @${label}: ${v.name}`,
        latency: a,
        baseline: b,
        baselineLabel: "bare id query, median",
        targetMs: PAGE_TARGET_MS,
        digits: 2,
        detail: { bareP95Ms: b.p95Ms },
      }),
    );
  }
  return figures;
}
