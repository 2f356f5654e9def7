// Worker thread entry for import parsing. It loads the TypeScript modules through
// tsx (a dependency, so this works in the server, the CLI and tests alike) and turns
// batches of raw lines into rows for the writer thread.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";
import { register as registerCjs } from "tsx/cjs/api";

register();
registerCjs();
const mod = await import(new URL("./row-from-line.ts", import.meta.url).href);
const rowFromLine = mod.rowFromLine ?? mod.default.rowFromLine;

parentPort.on("message", ({ id, lines, texts, badBytes }) => {
  const rows = [];
  for (let i = 0; i < lines.length; i++) {
    const row = rowFromLine(lines[i], texts[i], badBytes?.[lines[i]]);
    if (!row) continue;
    // The caller still holds the line: do not copy it back when the body is the line itself.
    if (row.body === texts[i]) row.body = null;
    rows.push(row);
  }
  parentPort.postMessage({ id, rows });
});
parentPort.postMessage({ ready: true });
