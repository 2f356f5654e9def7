import { apiRoute } from "@/lib/api/api-route";
import { authorizeSnapshot } from "@/lib/services/auth/authorize-snapshot";
import { openSourceArchive } from "@/lib/services/snapshots/open-source-archive";
import { recordSnapshotDownload } from "@/lib/db/snapshots/record-snapshot-download";

// GET /api/v1/snapshots/{id}/open-source: the snapshot as chat JSONL for Hugging Face
// TRL and Axolotl, with a README, in one .tar.gz.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read" }, async (_req, { id }) => {
  const { actor, snapshot } = await authorizeSnapshot("datasets.export", id);
  const archive = await openSourceArchive(snapshot);
  recordSnapshotDownload(actor, snapshot, "the open-source format", archive.records);
  return new Response(archive.stream, {
    headers: {
      "Content-Type": "application/gzip",
      "Content-Disposition": `attachment; filename="${archive.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
