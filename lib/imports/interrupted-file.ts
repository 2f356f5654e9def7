import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

// Recognises the file of an interrupted import, in the browser's import panel and in
// `tuneset import --resume`: the server keeps the SHA-256 of the part it stored (the
// file's first `bytes` bytes), and a file that begins with exactly those bytes is the
// same file. The browser's own crypto cannot hash in pieces, so an incremental SHA-256
// reads the file a slice at a time, only as far as the furthest interrupted import
// reached: never the whole file in memory.

export type InterruptedImport = { id: string; fileName: string; lines: number; bytes: number; sha256: string; startedAt: Date | string };

const SLICE = 8 * 1024 * 1024;

/** The interrupted import whose stored part the file begins with (the one furthest on if several do), or null. */
export async function findInterruptedImport(file: Blob, candidates: InterruptedImport[]): Promise<InterruptedImport | null> {
  const sorted = candidates.filter((c) => c.bytes > 0 && c.bytes <= file.size).sort((a, b) => a.bytes - b.bytes);
  const hash = sha256.create();
  let read = 0;
  let found: InterruptedImport | null = null;
  for (const c of sorted) {
    while (read < c.bytes) {
      const end = Math.min(c.bytes, read + SLICE);
      hash.update(new Uint8Array(await file.slice(read, end).arrayBuffer()));
      read = end;
    }
    if (bytesToHex(hash.clone().digest()) === c.sha256) found = c;
  }
  return found;
}
