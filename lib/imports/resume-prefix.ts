import type { Hash } from "node:crypto";

// Resuming an interrupted import means reading the same file again and going on after
// the last stored line. What proves it is the same file is the SHA-256 of the part
// already stored (its first `bytes` bytes), kept with every committed batch: the whole
// file's hash cannot be known when an import dies half-way, and a browser cannot hash
// a large file before uploading it, while a prefix can be checked as the file streams.
// (interrupted-file.ts finds which interrupted import a file belongs to; this checks
// it again, on the server, as the file arrives.)

/** What an interrupted import stored: its first `bytes` bytes, whose SHA-256 is `sha256`. */
export type StoredPrefix = { bytes: number; sha256: string };

export class PrefixMismatchError extends Error {
  constructor(
    readonly bytes: number,
    readonly shorter: boolean,
  ) {
    super(
      shorter
        ? `the file is shorter than the ${bytes.toLocaleString("en")} bytes already imported`
        : `its first ${bytes.toLocaleString("en")} bytes differ from the part already imported`,
    );
  }
}

/**
 * Feeds the stream's first `prefix.bytes` bytes to `hash` and checks them against the
 * stored part before anything else is read; then yields the rest unhashed. Throws
 * PrefixMismatchError (having yielded nothing) when they are not the same bytes.
 */
export async function* afterPrefix(chunks: AsyncIterable<Uint8Array>, prefix: StoredPrefix, hash: Hash): AsyncGenerator<Uint8Array> {
  let left = prefix.bytes;
  const verify = () => {
    if (hash.copy().digest("hex") !== prefix.sha256) throw new PrefixMismatchError(prefix.bytes, false);
  };
  if (left === 0) verify();
  for await (const chunk of chunks) {
    if (left === 0) {
      yield chunk;
      continue;
    }
    const take = Math.min(left, chunk.length);
    hash.update(chunk.subarray(0, take));
    left -= take;
    if (left > 0) continue;
    verify();
    if (take < chunk.length) yield chunk.subarray(take);
  }
  if (left > 0) throw new PrefixMismatchError(prefix.bytes, true);
}
