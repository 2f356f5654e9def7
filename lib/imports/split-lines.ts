import { invalidUtf8At } from "./utf8";

// Splits a byte stream into lines without ever holding more than one line plus one
// chunk in memory, so a file of any size streams through. Lines are numbered from 1,
// counting every line of the file (blank ones too), as `source_line` promises.

export type RawLine = {
  line: number;
  /** The line decoded, without its line end; bytes that are not UTF-8 show as U+FFFD. */
  text: string;
  /** Bytes the line took in the file, its newline included: they add up to the file's size. */
  bytes: number;
  /** The line's bytes as read, a CR included, the newline not (`bytes` says whether there was one); valid until the next line is read. */
  data: Uint8Array;
  /** A line that is not UTF-8: the first bad byte, counted from 1 at the line's start, and the line's own bytes. */
  invalidUtf8?: { byte: number; raw: Uint8Array };
};

export type SplitOptions = {
  /** The number of the stream's first line: a resumed import starts after the lines it stored. */
  firstLine?: number;
  /** Where in the file the stream starts, for the binary-file check and its message. */
  offset?: number;
  maxLineBytes?: number;
};

export class LineTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly limit: number,
  ) {
    super(`line ${line} is longer than ${Math.round(limit / 1024 / 1024)} MB; split the record or check that the file is JSONL`);
  }
}

export class BinaryFileError extends Error {
  constructor(readonly offset: number) {
    super(`this looks like a binary file, not JSONL text (a NUL byte at byte ${offset + 1}). Export the data as UTF-8 JSONL: one JSON object per line.`);
  }
}

const NEWLINE = 0x0a;
const decoder = new TextDecoder("utf-8");

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, opts: SplitOptions = {}): AsyncGenerator<RawLine> {
  const maxLineBytes = opts.maxLineBytes ?? 64 * 1024 * 1024;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let line = (opts.firstLine ?? 1) - 1;
  let offset = opts.offset ?? 0;

  const emit = (tail: Uint8Array, newline: boolean): RawLine => {
    const parts = pendingBytes ? [...pending, tail] : [tail];
    const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    pending = [];
    pendingBytes = 0;
    line++;
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 0x0d) end--; // CRLF files
    const content = buf.subarray(0, end);
    const bad = invalidUtf8At(content);
    return {
      line,
      text: decoder.decode(content),
      bytes: buf.length + (newline ? 1 : 0),
      data: buf,
      invalidUtf8: bad === -1 ? undefined : { byte: bad + 1, raw: Uint8Array.from(content) },
    };
  };

  for await (const chunk of chunks) {
    // Text never holds NUL; one in the first 64 KB means a binary upload.
    if (offset < 65536) {
      const nul = chunk.indexOf(0);
      if (nul !== -1 && offset + nul < 65536) throw new BinaryFileError(offset + nul);
    }
    let start = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, start)) {
      yield emit(chunk.subarray(start, i), true);
      start = i + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      // Copy: the caller may reuse the chunk's buffer.
      pending.push(Uint8Array.from(rest));
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) throw new LineTooLongError(line + 1, maxLineBytes);
    }
    offset += chunk.length;
  }
  if (pendingBytes) yield emit(new Uint8Array(0), false);
}
