import type { SnapshotDetail } from "./get-snapshot";
import type { SnapshotListItem } from "./list-snapshots";

// Snapshots as the HTTP API and `tuneset snapshot --json` write them: snake_case keys
// like the rest of the API, with the download address of each file.

export function snapshotListJson(s: SnapshotListItem) {
  return {
    id: s.id,
    number: s.number,
    kind: s.kind,
    created_at: s.createdAt.toISOString(),
    created_by: { name: s.createdBy.name, email: s.createdBy.email },
    records: s.records,
    train_records: s.trainRecords,
    validation_records: s.validationRecords,
    validation_fraction: s.validationFraction,
    seed: s.seed,
    system_prompt: s.systemPrompt,
    filter: s.filter,
    url: `/api/v1/snapshots/${s.id}`,
  };
}

export function snapshotJson(s: SnapshotDetail) {
  const file = (kind: string, f: { name: string; records: number; bytes: number; sha256: string }) => ({
    name: f.name,
    records: f.records,
    bytes: f.bytes,
    sha256: f.sha256,
    url: `/api/v1/snapshots/${s.id}/files/${kind}`,
  });
  const { url: _listUrl, id, ...listed } = snapshotListJson(s);
  return {
    id,
    dataset_id: s.datasetId,
    dataset_name: s.datasetName,
    ...listed,
    created_by: s.createdBy,
    files: {
      train: file("train", s.files.train),
      ...(s.files.validation ? { validation: file("validation", s.files.validation) } : {}),
      manifest: { name: "manifest.json", bytes: s.manifestFile.bytes, url: `/api/v1/snapshots/${s.id}/files/manifest` },
      open_source: { url: `/api/v1/snapshots/${s.id}/open-source` },
    },
  };
}
