import type { Actor } from "../../auth/actor";
import { recordAudit } from "../audit/record-audit";

// A download takes data out of Tuneset, as an export does: who took which snapshot's
// files is kept (recorded when the download starts).

export function recordSnapshotDownload(actor: Actor, s: { id: string; datasetId: string; datasetName: string; number: number }, what: string, records: number) {
  recordAudit({
    actor,
    action: "snapshot.downloaded",
    datasetId: s.datasetId,
    targetType: "snapshot",
    targetId: s.id,
    summary: `Downloaded ${what} of snapshot #${s.number} of ${s.datasetName} (${records.toLocaleString("en-US")} record${records === 1 ? "" : "s"}).`,
    detail: { number: s.number, file: what, records },
  });
}
