import type Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { open, chmod, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Where } from "../../db/conversations/conversation-where";
import { strictLine } from "../../export/strict-line";
import { BakeTally, bakeSystemPrompt, type BakeOptions } from "../../snapshots/bake-system-prompt";
import { FileDigest, type ManifestFile, type SnapshotSplit } from "../../snapshots/manifest";

// The second pass: each record's exact export line (system prompt baked as asked),
// written once to train.jsonl or validation.jsonl in ~1 MB chunks, hashed as it is
// written. Per record only what the SnapshotRecord rows need is kept, in typed arrays
// (about 45 bytes a record), never the lines themselves.

const CHUNK_BYTES = 1 << 20;
const SPLIT_CODES: Record<SnapshotSplit, number> = { train: 0, validation: 1 };

/** The rows a snapshot's members become, column by column. */
export type Members = {
  count: number;
  ids: Float64Array;
  versions: Int32Array;
  /** 0 train, 1 validation. */
  splits: Uint8Array;
  lines: Int32Array;
  /** 32 bytes of SHA-256 per record. */
  hashes: Buffer;
};

export const memberSplit = (m: Members, i: number): SnapshotSplit => (m.splits[i] === 1 ? "validation" : "train");
export const memberHash = (m: Members, i: number): string => m.hashes.toString("hex", i * 32, i * 32 + 32);

class SplitFile {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private pos = 0;
  private pending = 0;
  lines = 0;
  private readonly digest: FileDigest;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    name: string,
    split: SnapshotSplit,
  ) {
    this.digest = new FileDigest(name, split);
  }

  static async create(dir: string, split: SnapshotSplit): Promise<SplitFile> {
    const name = `${split}.jsonl`;
    const path = join(dir, name);
    return new SplitFile(path, await open(path, "wx"), name, split);
  }

  async push(line: string): Promise<number> {
    const worst = line.length * 3 + 1; // a UTF-16 code unit never takes more than 3 UTF-8 bytes
    if (this.pos + worst > this.buf.length) {
      await this.flush();
      if (worst > this.buf.length) this.buf = Buffer.allocUnsafe(worst);
    }
    this.pos += this.buf.write(line, this.pos);
    this.buf[this.pos++] = 10;
    this.pending++;
    return ++this.lines;
  }

  private async flush() {
    if (this.pos === 0) return;
    const chunk = this.buf.subarray(0, this.pos);
    this.digest.update(chunk, this.pending);
    await this.handle.write(chunk);
    this.pos = 0;
    this.pending = 0;
  }

  /** Flushes, syncs and makes the file read-only: a snapshot's files never change. */
  async finish(): Promise<ManifestFile> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    await chmod(this.path, 0o444);
    return this.digest.finish();
  }

  async abandon() {
    await this.handle.close().catch(() => undefined);
  }
}

export type WrittenFiles = { files: ManifestFile[]; members: Members; bake: BakeTally };

export async function writeSnapshotFiles(
  reader: Database.Database,
  o: { dir: string; where: Where; expected: number; validation: ReadonlySet<number>; bake: BakeOptions & { replacement: string | null } },
): Promise<WrittenFiles> {
  const members: Members = {
    count: 0,
    ids: new Float64Array(o.expected),
    versions: new Int32Array(o.expected),
    splits: new Uint8Array(o.expected),
    lines: new Int32Array(o.expected),
    hashes: Buffer.alloc(o.expected * 32),
  };
  const bake = new BakeTally(o.bake.mode, o.bake.replacement);
  const train = await SplitFile.create(o.dir, "train");
  const validation = o.validation.size ? await SplitFile.create(o.dir, "validation") : null;
  try {
    const rows = reader
      .prepare(`SELECT c.id, c.version, c.body, c.unknownKeys FROM Conversation c WHERE ${o.where.sql} AND c.kind != 'invalid' ORDER BY c.id`)
      .raw()
      .iterate(...o.where.params) as IterableIterator<[number, number, string, string | null]>;
    for (const [id, version, body, unknownKeys] of rows) {
      const i = members.count++;
      if (i >= o.expected) throw new Error("The records changed between the two passes of the snapshot.");
      const baked = bakeSystemPrompt(strictLine(body, unknownKeys), o.bake);
      bake.add(baked);
      const side = validation && o.validation.has(id) ? validation : train;
      members.ids[i] = id;
      members.versions[i] = version;
      members.splits[i] = side === validation ? SPLIT_CODES.validation : SPLIT_CODES.train;
      members.lines[i] = await side.push(baked.line);
      createHash("sha256")
        .update(baked.line)
        .digest()
        .copy(members.hashes, i * 32);
    }
    if (members.count !== o.expected) throw new Error("The records changed between the two passes of the snapshot.");
    const files = [await train.finish()];
    if (validation) files.push(await validation.finish());
    return { files, members, bake };
  } catch (e) {
    await train.abandon();
    await validation?.abandon();
    throw e;
  }
}
