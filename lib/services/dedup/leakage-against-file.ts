import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { sqlite } from "../../db/client";
import { databaseFile } from "../../env";
import { parseLine } from "../../formats/parse-line";
import { lshParams } from "../../dedup/lsh";
import { findDuplicates } from "../../dedup/find-duplicates";
import { joinBatches, shingleMap, signRows, type BodyRow } from "../../dedup/sign-batch";
import type { DedupRequest } from "../../validation/dedup";
import { getDataset } from "../../db/datasets/get-dataset";
import { createSignerPool, inlinePool } from "./signer-pool";
import { liveIds } from "../../db/dedup/read-bodies";
import { readShingles, signDataset } from "./run-dedup";
import type { DatasetScope } from "../../db/scope";

// Leakage between a dataset and a file that was never imported (a held-out set kept
// outside Tuneset): the same signing, LSH and verification as a run, nothing stored.
// File lines stand in the run under negative ids (-line), so both sides share one
// list; lines that are not valid records are reported, not compared.

export type FileLeakageReport = Awaited<ReturnType<typeof leakageAgainstFile>>;

/** `req` is parsed by the caller with DedupRequestSchema (its `against` is the file, so unused). */
export async function leakageAgainstFile(scope: DatasetScope, path: string, req: Omit<DedupRequest, "against">) {
  const { datasetId } = scope;
  await getDataset(scope);
  const lsh = lshParams(req.threshold);
  const { rows, errors } = await readFileRecords(path);
  const ids = liveIds(sqlite(), datasetId);
  const pool = ids.length < 20_000 ? inlinePool() : await createSignerPool();
  const file = databaseFile();
  try {
    const { batch: mine } = await signDataset(pool, { file, datasetId, ids, scope: req.scope, lsh }, () => {}, { hashes: 0, over: true });
    const theirs = signRows(rows, req.scope, lsh, true);
    const signed = joinBatches([mine, theirs], lsh.bands);
    const side = new Uint8Array(signed.ids.length).fill(1, mine.ids.length);
    const fileSets = shingleMap(theirs.shingles!);
    const found = await findDuplicates(
      {
        count: signed.ids.length,
        keyHi: signed.keyHi,
        keyLo: signed.keyLo,
        empty: signed.empty,
        bandKeys: signed.bandKeys,
        side,
        sketches: signed.sketches,
        sketchPositions: lsh.bands * lsh.rows,
        sizes: signed.sizes,
      },
      req.threshold,
      lsh,
      async (indices) => {
        const stored = await readShingles(
          pool,
          file,
          indices.map((i) => signed.ids[i]).filter((id) => id > 0),
          req.scope,
        );
        return new Map(indices.map((i) => [i, (signed.ids[i] > 0 ? stored : fileSets).get(signed.ids[i]) ?? new Uint32Array(0)]));
      },
    );
    const lineOf = new Map(sqlite().prepare(`SELECT id, sourceLine FROM Conversation WHERE datasetId = ?`).raw().all(datasetId) as [number, number | null][]);
    return {
      threshold: req.threshold,
      scope: req.scope,
      against: { file: path },
      clusters: found.clusters.map((c) => ({
        kind: c.kind,
        similarity: c.similarity,
        members: c.members.map((i) => {
          const id = signed.ids[i];
          return id > 0 ? { id: String(id), source_line: lineOf.get(id) ?? null } : { file_line: -id };
        }),
      })),
      file_errors: errors,
    };
  } finally {
    await pool.close();
  }
}

async function readFileRecords(path: string) {
  const rows: BodyRow[] = [];
  const errors: { line: number; message: string }[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    const parsed = parseLine(text);
    if (parsed.kind === "blank") continue;
    if (parsed.kind === "invalid") errors.push({ line, message: parsed.errors.map((e) => `${e.path ? `${e.path}: ` : ""}${e.message}`).join("; ") });
    else rows.push({ id: -line, body: parsed.body });
  }
  return { rows, errors };
}
