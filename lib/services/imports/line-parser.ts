import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { rowFromLine } from "../../imports/row-from-line";
import type { PendingRow } from "../../imports/pending-row";
import { appRoot, env } from "../../env";

// Parsing and hashing lines costs about as much as writing them, so an import parses
// in a worker thread while the main thread writes the previous batch: on two cores
// the two halves overlap. Where no worker can start, lines are parsed inline.

/** Consecutive lines; `badBytes` maps the lines that are not UTF-8 to their first bad byte. */
export type LineBatch = { lines: number[]; texts: string[]; badBytes?: Record<number, number> };

export interface LineParser {
  parse(batch: LineBatch): Promise<PendingRow[]>;
  close(): Promise<void>;
}

const inline: LineParser = {
  async parse({ lines, texts, badBytes }) {
    const rows: PendingRow[] = [];
    for (let i = 0; i < lines.length; i++) {
      const row = rowFromLine(lines[i], texts[i], badBytes?.[lines[i]]);
      if (row) rows.push(row);
    }
    return rows;
  },
  async close() {},
};

// Resolved from the working directory rather than the module: in the server the
// module is bundled, while the worker's entry stays a plain file of the checkout.
export const WORKER_ENTRY = join(/* turbopackIgnore: true */ appRoot(), "lib", "imports", "parse-worker.mjs");

/**
 * A parser that starts inline and moves to a worker thread once the file proves
 * large: starting a worker costs a few hundred milliseconds, more than a small file's
 * whole import.
 */
export function createLineParser(
  inlineBatches = 4,
  // One thread: on two cores a second parser only competes with the writer (measured).
  threads = env().TUNESET_IMPORT_WORKERS,
): LineParser {
  let seen = 0;
  let workers: Promise<LineParser>[] | null = null;
  return {
    parse(batch) {
      if (threads < 1 || seen < inlineBatches) {
        seen++;
        return inline.parse(batch);
      }
      workers ??= Array.from({ length: threads }, startWorker);
      // Round robin: results are awaited in submission order by the caller.
      return workers[seen++ % threads].then((w) => w.parse(batch));
    },
    async close() {
      if (workers) await Promise.all(workers.map(async (w) => (await w).close()));
    },
  };
}

async function startWorker(): Promise<LineParser> {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_ENTRY);
    await new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
  } catch {
    return inline;
  }
  const waiting = new Map<number, { resolve: (rows: PendingRow[]) => void; reject: (e: unknown) => void }>();
  let next = 0;
  let failure: unknown = null;
  worker.on("message", ({ id, rows }: { id: number; rows: PendingRow[] }) => {
    waiting.get(id)?.resolve(rows);
    waiting.delete(id);
  });
  worker.on("error", (e) => {
    failure = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  });
  return {
    parse(batch) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<PendingRow[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, ...batch });
      }).then((rows) => {
        // The worker leaves out bodies equal to the line the caller sent (see parse-worker.mjs).
        // Lines of a batch are consecutive, so a row's line number locates its text.
        const first = batch.lines[0];
        for (const row of rows) row.body ??= batch.texts[row.sourceLine - first];
        return rows;
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
