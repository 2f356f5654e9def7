import { z } from "zod";
import { apiRoute } from "@/lib/api/api-route";
import { authorizeSnapshot } from "@/lib/services/auth/authorize-snapshot";
import { recordSnapshotDownload } from "@/lib/db/snapshots/record-snapshot-download";
import { SNAPSHOT_FILES, snapshotDownloadName, snapshotFile, snapshotFileStream } from "@/lib/services/snapshots/snapshot-file";

const FileSchema = z.enum(SNAPSHOT_FILES, { error: `the file must be one of ${SNAPSHOT_FILES.join(", ")}` });

// GET /api/v1/snapshots/{id}/files/{train|validation|manifest}: the file exactly as
// written when the snapshot was made. The data files need the export permission, as
// an export does; the manifest only reading rights.
export const GET = apiRoute<{ id: string; file: string }>({ permission: "datasets.read" }, async (_req, { id, file }) => {
  const kind = FileSchema.parse(file);
  const { actor, snapshot } = await authorizeSnapshot(kind === "manifest" ? "datasets.read" : "datasets.export", id);
  const ref = snapshotFile(snapshot, kind);
  if (kind !== "manifest") recordSnapshotDownload(actor, snapshot, ref.name, ref.records ?? 0);
  return new Response(snapshotFileStream(ref), {
    headers: {
      "Content-Type": kind === "manifest" ? "application/json; charset=utf-8" : "application/jsonl; charset=utf-8",
      "Content-Length": String(ref.bytes),
      "Content-Disposition": `attachment; filename="${snapshotDownloadName(snapshot, ref.name)}"`,
      "Cache-Control": "no-store",
      ...(ref.sha256 ? { "X-Tuneset-SHA256": ref.sha256, "X-Tuneset-Records": String(ref.records) } : {}),
    },
  });
});
