import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { createSnapshot } from "@/lib/services/snapshots/create-snapshot";
import { listSnapshots } from "@/lib/db/snapshots/list-snapshots";
import { snapshotJson, snapshotListJson } from "@/lib/db/snapshots/snapshot-json";
import { SnapshotRequestSchema } from "@/lib/validation/snapshot-request";

// GET /api/v1/datasets/{id}/snapshots: the dataset's snapshots, newest first.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (_req, _params, _actor, scope) => {
  await getDataset(scope);
  return { snapshots: (await listSnapshots(scope)).map(snapshotListJson) };
});

// POST /api/v1/datasets/{id}/snapshots {status?, …table filter, validation?, seed?, systemPrompt?, replacement?, allowErrors?}:
// makes a snapshot (201) with its manifest; 422 when the pre-flight check finds errors, unless allowErrors is true (or 1).
// When a snapshot already holds exactly these records with these options, it is answered
// instead (200, "reused": true) and no copy is made.
export const POST = apiRoute<{ id: string }>({ permission: "datasets.snapshot", dataset: (p) => p.id }, async (req, _params, actor, scope) => {
  const body = req.headers.get("content-length") === "0" ? {} : await readJson(req);
  const snapshot = await createSnapshot(actor, scope, SnapshotRequestSchema.parse(body));
  return NextResponse.json(
    { snapshot: snapshotJson(snapshot), manifest: snapshot.manifest, reused: snapshot.reused },
    { status: snapshot.reused ? 200 : 201, headers: { Location: `/api/v1/snapshots/${snapshot.id}` } },
  );
});
