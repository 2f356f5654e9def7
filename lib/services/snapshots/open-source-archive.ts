import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable, pipeline } from "node:stream";
import { createGzip } from "node:zlib";
import { emptyNotes, toOpenSourceLine, type ConversionNotes } from "../../snapshots/open-source-format";
import { openSourceReadme } from "../../snapshots/readme";
import { tarEnd, tarHeader, tarPadding } from "../../snapshots/tar-writer";
import type { SnapshotDetail } from "../../db/snapshots/get-snapshot";
import { datasetSlug, snapshotDownloadName, snapshotFile, type SnapshotFileRef } from "./snapshot-file";

// The open-source download of a snapshot: one .tar.gz holding README.md and the
// snapshot's files converted to the chat JSONL of TRL and Axolotl. A tar header states
// its file's size before the bytes, so each file is converted twice: once to measure
// (and count what the conversion changes, for the README), once to send. Nothing is
// held in memory beyond a chunk, and nothing is written to the snapshot's folder.

const CHUNK_CHARS = 1 << 20;

async function* convertedLines(ref: SnapshotFileRef, notes: ConversionNotes): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(ref.path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line !== "") yield toOpenSourceLine(line, notes);
}

export type OpenSourceArchive = { fileName: string; records: number; stream: ReadableStream<Uint8Array> };

export async function openSourceArchive(s: SnapshotDetail): Promise<OpenSourceArchive> {
  const refs = [snapshotFile(s, "train"), ...(s.files.validation ? [snapshotFile(s, "validation")] : [])];
  const notes = emptyNotes();
  const sizes: number[] = [];
  for (const ref of refs) {
    let bytes = 0;
    for await (const line of convertedLines(ref, notes)) bytes += Buffer.byteLength(line) + 1;
    sizes.push(bytes);
  }
  const readme = Buffer.from(openSourceReadme({ manifest: s.manifest, files: refs.map((r) => ({ name: r.name, records: r.records ?? 0 })), notes }));
  // Short enough that "<folder>/validation.jsonl" fits a tar header's 100 bytes.
  const folder = `${datasetSlug(s.datasetName, 40).replace(/\./g, "-")}-snapshot-${s.number}`;
  const mtime = s.createdAt;

  async function* tar(): AsyncGenerator<Buffer> {
    yield tarHeader(`${folder}/README.md`, readme.length, mtime);
    yield readme;
    yield tarPadding(readme.length);
    for (const [i, ref] of refs.entries()) {
      yield tarHeader(`${folder}/${ref.name}`, sizes[i], mtime);
      let written = 0;
      let pending: string[] = [];
      let pendingChars = 0;
      for await (const line of convertedLines(ref, emptyNotes())) {
        pending.push(line, "\n");
        pendingChars += line.length + 1;
        if (pendingChars >= CHUNK_CHARS) {
          const chunk = Buffer.from(pending.join(""));
          written += chunk.length;
          yield chunk;
          pending = [];
          pendingChars = 0;
        }
      }
      const last = Buffer.from(pending.join(""));
      written += last.length;
      yield last;
      // The header promised sizes[i] bytes; a file that changed under us would corrupt the archive.
      if (written !== sizes[i]) throw new Error(`${ref.name} changed while it was being sent.`);
      yield tarPadding(written);
    }
    yield tarEnd();
  }

  const gzip = createGzip();
  pipeline(Readable.from(tar()), gzip, (err) => {
    if (err) gzip.destroy(err);
  });
  return { fileName: `${snapshotDownloadName(s, "open-source")}.tar.gz`, records: s.records, stream: Readable.toWeb(gzip) as ReadableStream<Uint8Array> };
}
