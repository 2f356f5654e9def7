import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { AppError } from "../../errors";
import type { SnapshotDetail, SnapshotFileInfo } from "../../db/snapshots/get-snapshot";

// A snapshot's files as they lie on disk. They were written once and made read-only;
// each use checks the file is still there with its recorded size (cheap), and
// verifySnapshotFile reads it through to compare its SHA-256 (before an upload, say).

export const SNAPSHOT_FILES = ["train", "validation", "manifest"] as const;
export type SnapshotFileKind = (typeof SNAPSHOT_FILES)[number];

export type SnapshotFileRef = { kind: SnapshotFileKind; name: string; path: string; bytes: number; sha256: string | null; records: number | null };

export function snapshotFile(s: SnapshotDetail, kind: SnapshotFileKind): SnapshotFileRef {
  const ref = refOf(s, kind);
  let size: number;
  try {
    size = statSync(ref.path).size;
  } catch {
    throw new AppError(
      "not_found",
      `${ref.name} of snapshot #${s.number} is missing from ${s.directory}: it was moved or deleted outside Tuneset. Restore the folder from a backup, or create a new snapshot.`,
    );
  }
  if (size !== ref.bytes) {
    throw new AppError(
      "conflict",
      `${ref.name} of snapshot #${s.number} has changed since it was written (${ref.bytes.toLocaleString("en-US")} bytes recorded, ${size.toLocaleString("en-US")} on disk). It no longer is the snapshot; restore it from a backup, or create a new snapshot.`,
    );
  }
  return ref;
}

function refOf(s: SnapshotDetail, kind: SnapshotFileKind): SnapshotFileRef {
  if (kind === "manifest") return { kind, name: s.manifestFile.name, path: s.manifestFile.path, bytes: s.manifestFile.bytes, sha256: null, records: null };
  const f: SnapshotFileInfo | undefined = s.files[kind];
  if (!f) throw new AppError("not_found", `Snapshot #${s.number} has no validation file: it was made without a validation split.`);
  return { kind, name: f.name, path: f.path, bytes: f.bytes, sha256: f.sha256, records: f.records };
}

/** Reads the whole file and compares its SHA-256 with the manifest's; throws a conflict when they differ. */
export async function verifySnapshotFile(s: SnapshotDetail, kind: Exclude<SnapshotFileKind, "manifest">): Promise<SnapshotFileRef> {
  const ref = snapshotFile(s, kind);
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(ref.path)) hash.update(chunk as Buffer);
  const actual = hash.digest("hex");
  if (actual !== ref.sha256) {
    throw new AppError(
      "conflict",
      `${ref.name} of snapshot #${s.number} does not match its manifest (SHA-256 ${actual}, recorded ${ref.sha256}). Restore it from a backup, or create a new snapshot.`,
    );
  }
  return ref;
}

/** The file as a web stream, for a download response. */
export function snapshotFileStream(ref: SnapshotFileRef): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(ref.path)) as ReadableStream<Uint8Array>;
}

/** The dataset's name as a file-name stem: `support-bot`. */
export function datasetSlug(name: string, max = 60): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, max)
      .replace(/[-.]+$/, "") || "dataset"
  );
}

/** A safe download name: `support-bot.snapshot-3.train.jsonl`. */
export function snapshotDownloadName(s: { datasetName: string; number: number }, name: string): string {
  return `${datasetSlug(s.datasetName)}.snapshot-${s.number}.${name}`;
}
