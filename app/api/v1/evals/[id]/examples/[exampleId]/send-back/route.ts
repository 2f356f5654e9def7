import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { sendBackExample } from "@/lib/services/evals/send-back";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { AppError } from "@/lib/errors";

// POST /api/v1/evals/{id}/examples/{exampleId}/send-back: the example becomes a
// needs_changes record of the training dataset (201), or the one made before (200).
export const POST = apiRoute<{ id: string; exampleId: string }>(
  { permission: "evals.run", dataset: (p) => datasetOfEvaluation(p.id) },
  async (_req, p, actor) => {
    const exampleId = Number(p.exampleId);
    if (!Number.isInteger(exampleId) || exampleId < 1) throw new AppError("bad_request", "exampleId must be a positive whole number.");
    const sent = sendBackExample(actor, p.id, exampleId);
    return NextResponse.json(
      { conversationId: sent.conversationId, datasetId: sent.datasetId, created: sent.created, url: `/conversations/${sent.conversationId}` },
      { status: sent.created ? 201 : 200 },
    );
  },
);
