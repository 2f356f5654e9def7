import { openReader, sqlite } from "../client";
import type { DatasetScope } from "../scope";

// The dataset's invalid lines as one file, each exactly as it was imported: the bytes
// of a line that was not UTF-8 (kept beside its decoded text), the text of every other
// one (as last saved), one per line. Nothing the user gave is lost, and what they take
// away to fix in their own editor is what their file held.

const INVALID = `datasetId = ? AND kind = 'invalid' AND deletedAt IS NULL`;

export function countInvalidLines({ datasetId }: DatasetScope): number {
  return sqlite().prepare(`SELECT count(*) FROM Conversation WHERE ${INVALID}`).pluck().get(datasetId) as number;
}

/** Yields the file in chunks of about `chunkBytes`, in the order the lines were imported. */
export function* invalidLineChunks({ datasetId }: DatasetScope, chunkBytes = 1 << 20): Generator<Buffer> {
  const reader = openReader();
  try {
    const rows = reader.prepare(`SELECT body, rawBytes FROM Conversation WHERE ${INVALID} ORDER BY id`).raw().iterate(datasetId) as IterableIterator<
      [string, Buffer | null]
    >;
    const parts: Buffer[] = [];
    let size = 0;
    for (const [body, raw] of rows) {
      const line = raw ?? Buffer.from(body, "utf8");
      parts.push(line, NEWLINE);
      size += line.length + 1;
      if (size >= chunkBytes) {
        yield Buffer.concat(parts.splice(0), size);
        size = 0;
      }
    }
    if (size > 0) yield Buffer.concat(parts, size);
  } finally {
    reader.close();
  }
}

const NEWLINE = Buffer.from("\n");
