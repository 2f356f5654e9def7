import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { databaseFile } from "../../env";
import { AppError } from "../../errors";

// Where snapshot files live: under the data directory (the database file's folder), in
// snapshots/<dataset id>/<number>/. The database row keeps the path relative to the
// data directory, so moving the data directory as a whole keeps every snapshot.

export const dataDirectory = (): string => dirname(databaseFile());

export function datasetSnapshotsDirectory(datasetId: string): string {
  // Ids are cuids; anything else must not become a path.
  if (!/^[A-Za-z0-9_-]+$/.test(datasetId)) throw new AppError("bad_request", `Dataset id "${datasetId}" cannot name a folder.`);
  return join(dataDirectory(), "snapshots", datasetId);
}

/** The directory as stored on the Snapshot row. */
export const snapshotRelativeDirectory = (datasetId: string, number: number) => `snapshots/${datasetId}/${number}`;

/** The stored directory as an absolute path, refusing one that leads outside the data directory. */
export function snapshotAbsoluteDirectory(stored: string): string {
  const root = dataDirectory();
  const path = resolve(root, stored);
  const rel = relative(root, path);
  if (rel.startsWith("..") || isAbsolute(rel)) throw new AppError("internal", `Snapshot directory "${stored}" lies outside the data directory.`);
  return path;
}
