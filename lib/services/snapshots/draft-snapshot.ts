import { randomInt } from "node:crypto";
import { mkdirSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { openReader } from "../../db/client";
import { exportWhere, prepareExport } from "../../db/conversations/export-conversations";
import { AppError } from "../../errors";
import { encodingForModel } from "../../models/fine-tunable-models";
import { SEED_MAX } from "../../fine-tunes/fine-tune-vocabulary";
import { pickReusable, seedFromHash } from "../../snapshots/content-hash";
import { splitRecords, type SplitResult } from "../../snapshots/split";
import type { SnapshotRequest } from "../../validation/snapshot-request";
import { readSelection, type Selection } from "../../db/snapshots/read-selection";
import { identicalSnapshots, type SnapshotTwin } from "../../db/snapshots/identical-snapshots";
import { datasetSnapshotsDirectory } from "../../db/snapshots/snapshot-paths";
import type { DatasetScope } from "../../db/scope";
import { writeSnapshotFiles, type WrittenFiles } from "./write-snapshot-files";

// The first half of making a snapshot: the export's pre-flight check, then one read
// transaction in which the records are read twice (first what the split and the
// content hash need, then the bodies, streamed to train.jsonl / validation.jsonl in a
// temporary folder). When the hash shows a snapshot already holding exactly this, no
// line is written and that snapshot is named instead. The draft's files are what the
// launch dialog checks before anything is numbered; create-snapshot.ts publishes them.

export type SnapshotDraft = {
  /** The temporary folder holding the files; the caller publishes or discards it. */
  tmp: string;
  request: SnapshotRequest;
  fraction: number;
  seed: number | null;
  selection: Selection;
  split: SplitResult;
  written: WrittenFiles;
  stats: Awaited<ReturnType<typeof prepareExport>>["stats"];
  overridden: string[];
};

export type DraftOutcome = { existing: SnapshotTwin } | { draft: SnapshotDraft };

type Options = {
  /** False when the snapshot found by its hash turned out unusable (its files changed on disk): a new one is made. */
  reuse?: boolean;
  /** A launch from the dataset page takes its seed from the content hash, so its check and the launch split alike. */
  seedFromContent?: boolean;
};

/** `dataset`: the one `scope` allows (read by the caller, which needs it too). */
export async function draftSnapshot(
  scope: DatasetScope,
  dataset: { id: string; targetModel: string },
  request: SnapshotRequest,
  options: Options = {},
): Promise<DraftOutcome> {
  const { stats, overridden } = await prepareExport(scope, request);
  if (stats.records === 0) {
    throw new AppError("unprocessable", "No records match, so there is nothing to snapshot. Approve some conversations, or choose another status or filter.");
  }
  const where = exportWhere(scope, request);
  const fraction = request.validation ?? 0;
  const encoding = encodingForModel(dataset.targetModel);
  const reader = openReader();
  let tmp: string | null = null;
  try {
    // One read transaction for both passes: the split and the lines see the same records.
    reader.exec("BEGIN");
    const selection = readSelection(reader, dataset.id, where, {
      targetModel: dataset.targetModel,
      validation: fraction,
      systemPrompt: request.systemPrompt,
      replacement: request.replacement ?? null,
    });
    const existing = options.reuse === false ? null : pickReusable(identicalSnapshots(reader, dataset.id, selection.contentHash), request);
    if (existing) {
      reader.exec("COMMIT");
      return { existing };
    }
    const overriddenMix = checkKinds(selection, request.allowErrors === true);
    if (overriddenMix) overridden.push(overriddenMix);
    const seed = fraction > 0 ? (request.seed ?? (options.seedFromContent ? seedFromHash(selection.contentHash) : randomInt(0, SEED_MAX))) : null;
    const split = splitRecords(selection.items, { fraction, seed: seed ?? 0 });
    selection.items = []; // the split is decided; let the records' keys go before the bodies stream
    const parent = datasetSnapshotsDirectory(dataset.id);
    mkdirSync(parent, { recursive: true });
    tmp = await mkdtemp(join(parent, ".tmp-"));
    await chmod(tmp, 0o755); // mkdtemp makes it private; the published folder is as readable as the data directory
    const written = await writeSnapshotFiles(reader, {
      dir: tmp,
      where,
      expected: selection.records,
      validation: split.validation,
      bake: { mode: request.systemPrompt, replacement: request.replacement ?? null, encoding },
    });
    reader.exec("COMMIT");
    return { draft: { tmp, request, fraction, seed, selection, split, written, stats, overridden } };
  } catch (e) {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    reader.close();
  }
}

/** Throws the draft's files away (a launch check that ended, a publish that failed). */
export const discardDraft = (draft: SnapshotDraft) => rm(draft.tmp, { recursive: true, force: true });

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
