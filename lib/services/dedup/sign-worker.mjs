// Worker thread entry for de-duplication. Each worker reads its share of records on
// its own read-only connection (WAL lets it run beside the app's writer) and signs or
// shingles them; results go back as transferred typed arrays. TypeScript loads
// through tsx, as in the import's parse worker.
import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";
import { register } from "tsx/esm/api";
import { register as registerCjs } from "tsx/cjs/api";

register();
registerCjs();
const load = async (path) => {
  const mod = await import(new URL(path, import.meta.url).href);
  return mod.default ?? mod;
};
const batch = await load("../../dedup/sign-batch.ts");
const read = await load("../../db/dedup/read-bodies.ts");

const connections = new Map();
function connection(file) {
  let db = connections.get(file);
  if (!db) {
    db = new Database(file, { readonly: true });
    db.pragma("busy_timeout = 10000");
    connections.set(file, db);
  }
  return db;
}

function run(task) {
  switch (task.kind) {
    case "sign":
      return batch.signRows(read.readIdRange(connection(task.file), task.datasetId, task.from, task.to), task.scope, task.lsh, task.keepShingles);
    case "shingles":
      return batch.shingleRows(read.readIds(connection(task.file), task.ids), task.scope);
    default:
      throw new Error(`unknown task ${task.kind}`);
  }
}

parentPort.on("message", (task) => {
  try {
    const result = run(task);
    const arrays = [...Object.values(result), ...(result.shingles ? [result.shingles.offsets, result.shingles.data] : [])];
    const transfer = arrays.filter((a) => ArrayBuffer.isView(a)).map((a) => a.buffer);
    parentPort.postMessage({ id: task.id, result }, transfer);
  } catch (e) {
    parentPort.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) });
  }
});
parentPort.postMessage({ ready: true });
