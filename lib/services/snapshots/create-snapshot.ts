import { randomBytes, randomInt } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { openReader, sqlite } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { getDataset } from "../../db/datasets/get-dataset";
import { exportWarnings, exportWhere, prepareExport } from "../../db/conversations/export-conversations";
import { sqliteTimestamp } from "../../db/imports/conversation-writer";
import { recordAudit } from "../../db/audit/record-audit";
import { AppError } from "../../errors";
import { encodingForModel } from "../../models/fine-tunable-models";
import { SEED_MAX } from "../../fine-tunes/fine-tune-vocabulary";
import { splitRecords, stratumLabel, type SplitResult } from "../../snapshots/split";
import { MANIFEST_SCHEMA, MAX_STRATA_LISTED, manifestText, sortedCounts, type SnapshotManifest } from "../../snapshots/manifest";
import type { SnapshotRequest } from "../../validation/snapshot-request";
import { readSelection, type Selection } from "../../db/snapshots/read-selection";
import { memberHash, memberSplit, writeSnapshotFiles, type WrittenFiles } from "./write-snapshot-files";
import { datasetSnapshotsDirectory, snapshotAbsoluteDirectory, snapshotRelativeDirectory } from "../../db/snapshots/snapshot-paths";
import { getSnapshot, type SnapshotDetail } from "../../db/snapshots/get-snapshot";
import packageJson from "../../../package.json";
import type { DatasetScope } from "../../db/scope";

// "Export" made permanent: the same pre-flight check as the export, then one read
// transaction in which the records are read twice (first what the split needs, then
// the bodies, streamed to train.jsonl / validation.jsonl in a temporary folder), then
// one write transaction that numbers the snapshot, writes manifest.json, moves the
// folder to snapshots/<dataset>/<number>/ and inserts the snapshot, its members and
// the audit event. Numbering happens under the write lock, so two snapshots made at
// once get consecutive numbers; a failure anywhere leaves neither rows nor files.

export async function createSnapshot(actor: Actor, scope: DatasetScope, request: SnapshotRequest): Promise<SnapshotDetail> {
  const dataset = await getDataset(scope);
  const { stats, overridden } = await prepareExport(scope, request);
  if (stats.records === 0) {
    throw new AppError("unprocessable", "No records match, so there is nothing to snapshot. Approve some conversations, or choose another status or filter.");
  }
  const where = exportWhere(scope, request);
  const filter = exportFilter(request);
  const fraction = request.validation ?? 0;
  const seed = fraction > 0 ? (request.seed ?? randomInt(0, SEED_MAX)) : null;
  const parent = datasetSnapshotsDirectory(dataset.id);
  mkdirSync(parent, { recursive: true });
  const tmp = await mkdtemp(join(parent, ".tmp-"));
  await chmod(tmp, 0o755); // mkdtemp makes it private; the published folder is as readable as the data directory

  const reader = openReader();
  let selection: Selection;
  let split: SplitResult;
  let written: WrittenFiles;
  try {
    // One read transaction for both passes: the split and the lines see the same records.
    reader.exec("BEGIN");
    selection = readSelection(reader, dataset.id, where, seed !== null);
    const overriddenMix = checkKinds(selection, request.allowErrors === true);
    if (overriddenMix) overridden.push(overriddenMix);
    split = splitRecords(selection.items, { fraction, seed: seed ?? 0 });
    selection.items = []; // the split is decided; let the records' keys go before the bodies stream
    written = await writeSnapshotFiles(reader, {
      dir: tmp,
      where,
      expected: selection.records,
      validation: split.validation,
      bake: { mode: request.systemPrompt, replacement: request.replacement ?? null, encoding: encodingForModel(dataset.targetModel) },
    });
    reader.exec("COMMIT");
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    reader.close();
  }

  const id = `snap${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
  const createdAt = new Date();
  const kind = selection.kinds.preference > selection.kinds.chat ? "preference" : "chat";
  const db = sqlite();
  let published: string | null = null;
  const insert = db.transaction(() => {
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
      `INSERT INTO Snapshot (id, datasetId, number, filter, kind, validationFraction, seed, systemPrompt, records, trainRecords, validationRecords, manifest, directory, createdById, createdAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  });
  try {
    insert.immediate();
  } catch (e) {
    if (published) rmSync(published, { recursive: true, force: true });
    else await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return getSnapshot(scope, id);
}

/** The export request the snapshot was made from (status, table filter, allowErrors), without its own options. */
function exportFilter({ validation: _v, seed: _s, systemPrompt: _p, replacement: _r, ...filter }: SnapshotRequest): Record<string, unknown> {
  return filter;
}

/** A file mixing chat and preference lines fails at any provider; allowErrors writes it anyway. */
function checkKinds(s: Selection, allowErrors: boolean): string | null {
  if (!s.kinds.chat || !s.kinds.preference) return null;
  const reason = `The selection mixes ${s.kinds.chat.toLocaleString("en-US")} chat and ${s.kinds.preference.toLocaleString("en-US")} preference records; a fine-tuning file holds one kind.`;
  if (!allowErrors) {
    throw new AppError(
      "unprocessable",
      `${reason} Reject or filter out the records of the other kind, or ask again with allowErrors=1 (--allow-errors) to write them together.`,
    );
  }
  return reason;
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
