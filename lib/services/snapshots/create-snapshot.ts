import { randomBytes } from "node:crypto";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sqlite } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { getDataset } from "../../db/datasets/get-dataset";
import type { DatasetScope } from "../../db/scope";
import { exportWarnings } from "../../db/conversations/export-conversations";
import { sqliteTimestamp } from "../../db/imports/conversation-writer";
import { recordAudit } from "../../db/audit/record-audit";
import { encodingForModel } from "../../models/fine-tunable-models";
import { pickReusable } from "../../snapshots/content-hash";
import { stratumLabel, type SplitResult } from "../../snapshots/split";
import { MANIFEST_SCHEMA, MAX_STRATA_LISTED, manifestText, sortedCounts, type SnapshotManifest } from "../../snapshots/manifest";
import type { SnapshotRequest } from "../../validation/snapshot-request";
import { selectionKind, type Selection } from "../../db/snapshots/read-selection";
import { identicalSnapshots } from "../../db/snapshots/identical-snapshots";
import { memberHash, memberSplit, type WrittenFiles } from "./write-snapshot-files";
import { snapshotAbsoluteDirectory, snapshotRelativeDirectory } from "../../db/snapshots/snapshot-paths";
import { getSnapshot, type SnapshotDetail } from "../../db/snapshots/get-snapshot";
import { discardDraft, draftSnapshot } from "./draft-snapshot";
import { snapshotFile } from "./snapshot-file";
import { isAppError } from "../../errors";
import packageJson from "../../../package.json";

// "Export" made permanent: the draft's files (draft-snapshot.ts: the pre-flight check,
// the read, the files in a temporary folder), then one write transaction that numbers
// the snapshot, writes manifest.json, moves the folder to snapshots/<dataset>/<number>/
// and inserts the snapshot, its members and the audit event. Numbering happens under
// the write lock, so two snapshots made at once get consecutive numbers; a failure
// anywhere leaves neither rows nor files. The same records with the same options make
// no second snapshot: the one already holding them is answered, marked reused (checked
// again under the write lock, so two identical requests at once make one).

export type SnapshotOutcome = SnapshotDetail & { reused: boolean };

export async function createSnapshot(
  actor: Actor,
  scope: DatasetScope,
  request: SnapshotRequest,
  options: { seedFromContent?: boolean } = {},
): Promise<SnapshotOutcome> {
  const dataset = await getDataset(scope);
  let reuse = true;
  let outcome = await draftSnapshot(scope, dataset, request, options);
  if ("existing" in outcome) {
    const twin = await getSnapshot(scope, outcome.existing.id);
    if (filesIntact(twin)) return { ...twin, reused: true };
    // Its files were moved or changed outside Tuneset: a sound snapshot is made instead.
    reuse = false;
    outcome = await draftSnapshot(scope, dataset, request, { ...options, reuse });
    if ("existing" in outcome) throw new Error("a draft made without reuse named an existing snapshot");
  }
  const { selection, split, written, seed, fraction, stats, overridden, tmp } = outcome.draft;
  const filter = exportFilter(request);
  const id = `snap${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
  const createdAt = new Date();
  const kind = selectionKind(selection);
  const db = sqlite();
  let published: string | null = null;
  const insert = db.transaction((): { reusedId: string } | null => {
    const twin = reuse ? pickReusable(identicalSnapshots(db, dataset.id, selection.contentHash), request) : null;
    if (twin) return { reusedId: twin.id };
    const number = db.prepare(`SELECT coalesce(max(number), 0) + 1 FROM Snapshot WHERE datasetId = ?`).pluck().get(dataset.id) as number;
    const directory = snapshotRelativeDirectory(dataset.id, number);
    const manifest: SnapshotManifest = {
      schema: MANIFEST_SCHEMA,
      snapshot: { id, number, kind },
      dataset: { id: dataset.id, name: dataset.name, targetModel: dataset.targetModel },
      filter,
      records: selection.records,
      counts: { byStatus: sortedCounts(selection.byStatus), byLabel: sortedCounts(selection.byLabel), unlabelled: selection.unlabelled },
      split: seed === null ? null : splitSection(fraction, seed, selection, split),
      systemPrompt: { ...withoutRecords(written.bake.summary()), encoding: encodingForModel(dataset.targetModel) },
      preflight: { overriddenErrors: overridden, warnings: exportWarnings(stats) },
      createdBy: { id: actor.id, email: actor.email, name: actor.name },
      createdAt: createdAt.toISOString(),
      app: { name: "tuneset", version: packageJson.version },
      files: written.files,
    };
    const text = manifestText(manifest);
    writeFileSync(join(tmp, "manifest.json"), text, { mode: 0o444 });
    const target = snapshotAbsoluteDirectory(directory);
    // No row has this number, so a folder by that name is left from a crash: replace it.
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
    published = target;
    const m = written.members;
    db.prepare(
      `INSERT INTO Snapshot (id, datasetId, number, filter, kind, validationFraction, seed, systemPrompt, records, trainRecords, validationRecords, manifest, directory, contentHash, createdById, createdAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      dataset.id,
      number,
      JSON.stringify(filter),
      kind,
      seed === null ? null : fraction,
      seed,
      request.systemPrompt,
      m.count,
      split.trainRecords,
      split.validationRecords,
      text,
      directory,
      selection.contentHash,
      actor.id,
      sqliteTimestamp(createdAt),
    );
    const member = db.prepare(`INSERT INTO SnapshotRecord (snapshotId, conversationId, version, split, line, lineHash) VALUES (?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < m.count; i++) member.run(id, m.ids[i], m.versions[i], memberSplit(m, i), m.lines[i], memberHash(m, i));
    const n = (x: number) => x.toLocaleString("en-US");
    recordAudit({
      actor,
      action: "snapshot.created",
      datasetId: dataset.id,
      targetType: "snapshot",
      targetId: id,
      summary: `Created snapshot #${number} of ${dataset.name}: ${n(m.count)} record${m.count === 1 ? "" : "s"}${seed === null ? "" : ` (${n(split.trainRecords)} training, ${n(split.validationRecords)} validation)`}${overridden.length ? ", despite pre-flight errors" : ""}.`,
      detail: {
        number,
        filter,
        records: m.count,
        train: split.trainRecords,
        validation: split.validationRecords,
        systemPrompt: request.systemPrompt,
        files: written.files,
        ...(overridden.length ? { overridden } : {}),
      },
    });
    return null;
  });
  let twin: { reusedId: string } | null;
  try {
    twin = insert.immediate();
  } catch (e) {
    if (published) rmSync(published, { recursive: true, force: true });
    else await discardDraft(outcome.draft);
    throw e;
  }
  if (twin) {
    await discardDraft(outcome.draft);
    return { ...(await getSnapshot(scope, twin.reusedId)), reused: true };
  }
  return { ...(await getSnapshot(scope, id)), reused: false };
}

/** The export request the snapshot was made from (status, table filter, allowErrors), without its own options. */
function exportFilter({ validation: _v, seed: _s, systemPrompt: _p, replacement: _r, ...filter }: SnapshotRequest): Record<string, unknown> {
  return filter;
}

/** Whether a snapshot's data files are still on disk as written (their size; the download checks it again). */
function filesIntact(s: SnapshotDetail): boolean {
  try {
    snapshotFile(s, "train");
    if (s.files.validation) snapshotFile(s, "validation");
    return true;
  } catch (e) {
    if (isAppError(e)) return false;
    throw e;
  }
}

function splitSection(fraction: number, seed: number, s: Selection, r: SplitResult): NonNullable<SnapshotManifest["split"]> {
  const largest = [...r.strata].sort((a, b) => b.records - a.records).slice(0, MAX_STRATA_LISTED);
  return {
    validationFraction: fraction,
    seed,
    stratifiedBy: "label set",
    groupedBy: s.grouping.kind === "clusters" ? { ...s.grouping, clusteredRecords: r.clusteredRecords } : s.grouping,
    train: r.trainRecords,
    validation: r.validationRecords,
    strata: largest.map((x) => ({ labels: stratumLabel(x.stratum), records: x.records, validation: x.validation })),
    strataTotal: r.strata.length,
  };
}

function withoutRecords({ records: _records, changed, ...rest }: ReturnType<WrittenFiles["bake"]["summary"]>) {
  return { ...rest, changedRecords: changed };
}
