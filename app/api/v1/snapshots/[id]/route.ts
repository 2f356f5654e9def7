import { apiRoute } from "@/lib/api/api-route";
import { authorizeSnapshot } from "@/lib/services/auth/authorize-snapshot";
import { snapshotJson } from "@/lib/db/snapshots/snapshot-json";

// GET /api/v1/snapshots/{id}: the snapshot, the addresses of its files, and its manifest.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read" }, async (_req, { id }) => {
  const { snapshot } = await authorizeSnapshot("datasets.read", id);
  return { snapshot: snapshotJson(snapshot), manifest: snapshot.manifest };
});
