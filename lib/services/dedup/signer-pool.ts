import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { openReader } from "../../db/client";
import { signRows, shingleRows, type ShingleBatch, type SignedBatch } from "../../dedup/sign-batch";
import type { LshParams } from "../../dedup/lsh";
import type { DedupScope } from "../../dedup/scope";
import { readIdRange, readIds } from "../../db/dedup/read-bodies";
import { appRoot, env } from "../../env";

// Signing is nearly all of a run's work and splits cleanly by id range, so it runs in
// worker threads, one per core. Where no worker can start (or for a handful of rows),
// the same functions run inline on a read-only connection.

export type SignTask = {
  kind: "sign";
  file: string;
  datasetId: string;
  from: number;
  to: number;
  scope: DedupScope;
  lsh: LshParams;
  /** Send the shingle sets back too, so candidates need not be read again. */
  keepShingles?: boolean;
};
export type ShingleTask = { kind: "shingles"; file: string; ids: number[]; scope: DedupScope };

export interface SignerPool {
  /** Worker threads behind the pool (0 when inline). */
  readonly threads: number;
  sign(task: Omit<SignTask, "kind">): Promise<SignedBatch>;
  shingles(task: Omit<ShingleTask, "kind">): Promise<ShingleBatch>;
  close(): Promise<void>;
}

// Resolved from the working directory: in the server this module is bundled, while
// the worker's entry stays a plain file of the checkout (see lib/services/imports/line-parser.ts).
export const WORKER_ENTRY = join(/* turbopackIgnore: true */ appRoot(), "lib", "services", "dedup", "sign-worker.mjs");

export function inlinePool(): SignerPool {
  const reader = openReader();
  return {
    threads: 0,
    async sign(t) {
      return signRows(readIdRange(reader, t.datasetId, t.from, t.to), t.scope, t.lsh, t.keepShingles);
    },
    async shingles(t) {
      return shingleRows(readIds(reader, t.ids), t.scope);
    },
    async close() {
      reader.close();
    },
  };
}

export async function createSignerPool(threads = env().TUNESET_DEDUP_WORKERS): Promise<SignerPool> {
  if (threads < 1) return inlinePool();
  const started = await Promise.all(Array.from({ length: threads }, startWorker));
  const workers = started.filter((w): w is Worker => w !== null);
  if (workers.length === 0) return inlinePool();

  let nextId = 0;
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: unknown) => void }>();
  // Least busy worker first, so a slow batch does not hold up the queue behind it.
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  for (const w of workers) {
    w.on("message", (m: { id: number; result?: never; error?: string }) => {
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      load.set(w, (load.get(w) ?? 1) - 1);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result as never);
    });
    w.on("error", (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    });
  }
  const post = <T>(task: SignTask | ShingleTask): Promise<T> => {
    const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0][0];
    load.set(worker, (load.get(worker) ?? 0) + 1);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: never) => void, reject });
      worker.postMessage({ id, ...task });
    });
  };
  return {
    threads: workers.length,
    sign: (t) => post<SignedBatch>({ kind: "sign", ...t }),
    shingles: (t) => post<ShingleBatch>({ kind: "shingles", ...t }),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

async function startWorker(): Promise<Worker | null> {
  try {
    const worker = new Worker(WORKER_ENTRY);
    await new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
    return worker;
  } catch {
    return null;
  }
}
