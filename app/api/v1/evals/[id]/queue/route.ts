import { apiRoute } from "@/lib/api/api-route";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { nextBlindPair } from "@/lib/db/evals/judging-queue";
import { SkipListSchema } from "@/lib/validation/eval-vote";

// GET /api/v1/evals/{id}/queue[?skip=ID,ID]: the next pair for the caller to judge blind,
// its answers as left and right in the caller's seeded order, and the queue's progress.
// `pair` is null when nothing is left for the caller (or not yet, while the run goes on).
export const GET = apiRoute<{ id: string }>({ permission: "evals.judge", dataset: (p) => datasetOfEvaluation(p.id) }, async (req, { id }, actor) => {
  const raw = new URL(req.url).searchParams.get("skip");
  const skip = SkipListSchema.parse(raw ? raw.split(",").filter(Boolean) : []);
  return nextBlindPair(actor, id, { skip });
});
