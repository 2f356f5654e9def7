import { join } from "node:path";
import { db } from "../client";
import { notFound } from "../../errors";
import { parseManifest, type ManifestFile, type SnapshotManifest } from "../../snapshots/manifest";
import type { SystemPromptMode } from "../../snapshots/bake-system-prompt";
import type { SnapshotListItem } from "../../snapshots/snapshot-list-item";
import { snapshotAbsoluteDirectory } from "./snapshot-paths";
import type { DatasetScope } from "../scope";

// One snapshot as the pages, the API, the CLI and the fine-tune launcher read it: its
// counts, its manifest (parsed) and where each of its files lies, with the size and
// SHA-256 the manifest recorded for it.

export type SnapshotFileInfo = { name: string; path: string; sha256: string; bytes: number; records: number };

/** What a snapshot's list row says (status and filter, counts, split, who and when), and everything else about it. */
export type SnapshotDetail = Omit<SnapshotListItem, "kind" | "createdBy"> & {
  datasetId: string;
  datasetName: string;
  kind: "chat" | "preference";
  createdBy: { id: string; email: string; name: string };
  /** Absolute path of the snapshot's folder. */
  directory: string;
  manifest: SnapshotManifest;
  /** manifest.json exactly as written (and stored on the row). */
  manifestText: string;
  files: { train: SnapshotFileInfo; validation?: SnapshotFileInfo };
  manifestFile: { name: "manifest.json"; path: string; bytes: number };
};

/** One snapshot of the scope's dataset; another dataset's is not found, like a missing one. */
export async function getSnapshot(scope: DatasetScope, id: string): Promise<SnapshotDetail> {
  const row = await db().snapshot.findFirst({
    where: { id, datasetId: scope.datasetId },
    include: { dataset: { select: { name: true } }, createdBy: { select: { id: true, email: true, name: true } } },
  });
  if (!row) throw notFound("This snapshot");
  const manifest = parseManifest(row.manifest);
  const directory = snapshotAbsoluteDirectory(row.directory);
  const file = (f: ManifestFile): SnapshotFileInfo => ({ name: f.name, path: join(directory, f.name), sha256: f.sha256, bytes: f.bytes, records: f.records });
  const train = manifest.files.find((f) => f.split === "train");
  const validation = manifest.files.find((f) => f.split === "validation");
  if (!train) throw new Error(`Snapshot ${id} has no training file in its manifest.`);
  return {
    id: row.id,
    datasetId: row.datasetId,
    datasetName: row.dataset.name,
    number: row.number,
    kind: row.kind === "preference" ? "preference" : "chat",
    records: row.records,
    trainRecords: row.trainRecords,
    validationRecords: row.validationRecords,
    validationFraction: row.validationFraction,
    seed: row.seed,
    systemPrompt: row.systemPrompt as SystemPromptMode,
    filter: JSON.parse(row.filter) as Record<string, unknown>,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    directory,
    manifest,
    manifestText: row.manifest,
    files: { train: file(train), ...(validation ? { validation: file(validation) } : {}) },
    manifestFile: { name: "manifest.json", path: join(directory, "manifest.json"), bytes: Buffer.byteLength(row.manifest) },
  };
}

/** The snapshot made just before this one in its dataset, to compare with; null for the first. */
export async function previousSnapshot(scope: DatasetScope, number: number): Promise<{ id: string; number: number } | null> {
  return db().snapshot.findFirst({
    where: { datasetId: scope.datasetId, number: { lt: number } },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
}
