import { apiRoute, readJson } from "@/lib/api/api-route";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { nextBlindPair, recordBlindVote } from "@/lib/db/evals/judging-queue";
import { EvalVoteSchema } from "@/lib/validation/eval-vote";

// POST /api/v1/evals/{id}/votes with {exampleId, choice: "left" | "right" | "tie" | "both_bad", note?}:
// the caller's verdict on a pair as the queue showed it to them (a second vote on the
// pair replaces the first). Answers {vote, queue}, queue being what GET …/queue gives next.
export const POST = apiRoute<{ id: string }>({ permission: "evals.judge", dataset: (p) => datasetOfEvaluation(p.id) }, async (req, { id }, actor) => {
  const vote = await recordBlindVote(actor, id, EvalVoteSchema.parse(await readJson(req)));
  return { vote, queue: await nextBlindPair(actor, id) };
});
