import type Database from "better-sqlite3";
import type { PendingRow } from "../../imports/pending-row";

// The bulk insert path of an import. It talks to better-sqlite3 directly, in one
// transaction per batch, because Prisma's createMany runs at about 4% of this speed
// here. Everything else about imports goes through Prisma.

/** `owner` holds the import's lease: a batch commits only while it still does. */
export type WriterContext = { datasetId: string; importId: string; sourceFile: string; owner: string };

/**
 * Where the import stands once a batch is stored: the lines and bytes of the file read
 * up to the batch's last line, the SHA-256 of those bytes, and the counts so far.
 */
export type ImportProgress = { lines: number; bytes: number; sha256: string; imported: number; invalid: number; leaseUntil: Date };

/** The import was declared interrupted while this process still ran it (its lease ran out). */
export class ImportLeaseLostError extends Error {
  constructor() {
    super("the import was marked interrupted while it ran (its process stopped renewing its claim); resume it to go on");
  }
}

/** SQLite text timestamps in the exact form Prisma writes, so ordering by them is consistent. */
export const sqliteTimestamp = (d = new Date()) => d.toISOString().replace("Z", "+00:00");

/**
 * An inserted row's values in the order of the INSERT below. The benchmark's bare
 * baseline binds the same values, so it cannot drift from the statement.
 */
export function conversationValues(ctx: Pick<WriterContext, "datasetId" | "importId" | "sourceFile">, r: PendingRow, duplicateOf: number | null, now: string) {
  return [
    ctx.datasetId,
    ctx.importId,
    ctx.sourceFile,
    r.sourceLine,
    r.kind,
    r.body,
    r.errors,
    r.unknownKeys,
    r.preview,
    r.turns,
    r.contentHash,
    duplicateOf,
    // Only a line that is not UTF-8 keeps its bytes.
    r.rawBytes ? Buffer.from(r.rawBytes.buffer, r.rawBytes.byteOffset, r.rawBytes.byteLength) : null,
    now,
    now,
  ];
}

let holds = 0;

export class ConversationWriter {
  private readonly insert: Database.Statement;
  private readonly existing: Database.Statement;
  private readonly progress: Database.Statement;
  private readonly flushBatch: (rows: PendingRow[], progress: ImportProgress) => number;
  duplicates = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ctx: WriterContext,
  ) {
    this.insert = sqlite.prepare(
      `INSERT INTO Conversation (datasetId, importId, sourceFile, sourceLine, kind, body, errors, unknownKeys,
         preview, turns, contentHash, duplicateOfId, rawBytes, status, note, version, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', 1, ?, ?)`,
    );
    // Earlier records with the same hash, found through the (datasetId, contentHash) index.
    this.existing = sqlite.prepare(
      `SELECT contentHash AS hash, min(id) AS id FROM Conversation
       WHERE datasetId = ? AND deletedAt IS NULL AND contentHash IN (SELECT value FROM json_each(?))
       GROUP BY contentHash`,
    );
    // Progress goes in the batch's own transaction, on this connection: a write from
    // Prisma's connection would checkpoint the whole uncommitted-to-disk import each time.
    // Being in the same transaction as the rows is what makes a resume exact: the line
    // it goes on after is always the last line whose row is stored.
    this.progress = sqlite.prepare(
      `UPDATE Import SET lines = ?, bytes = ?, sha256 = ?, imported = ?, invalid = ?, duplicates = ?, leaseUntil = ?
       WHERE id = ? AND leaseOwner = ? AND status = 'running'`,
    );
    this.flushBatch = sqlite.transaction((rows: PendingRow[], p: ImportProgress) => {
      const duplicates = this.write(rows);
      const claimed = this.progress.run(
        p.lines,
        p.bytes,
        p.sha256,
        p.imported,
        p.invalid,
        this.duplicates + duplicates,
        sqliteTimestamp(p.leaseUntil),
        this.ctx.importId,
        this.ctx.owner,
      );
      // Someone else may be resuming it already: store nothing, or lines would be stored twice.
      if (claimed.changes !== 1) throw new ImportLeaseLostError();
      this.duplicates += duplicates;
      return duplicates;
    });
  }

  /**
   * Holds WAL checkpoints off while the import writes: a checkpoint after every batch
   * copies the same index pages to the database file again and again. One passive
   * checkpoint at the end does it once. (Readers are never blocked either way.)
   */
  static holdCheckpoints(sqlite: Database.Database): () => void {
    holds++;
    sqlite.pragma("wal_autocheckpoint = 0");
    return () => {
      if (--holds > 0) return;
      sqlite.pragma("wal_autocheckpoint = 1000");
      sqlite.pragma("wal_checkpoint(PASSIVE)");
    };
  }

  /** Writes one batch and where the import stands in one transaction; returns how many rows were exact duplicates. */
  flush(rows: PendingRow[], progress: ImportProgress): number {
    return this.flushBatch(rows, progress);
  }

  private write(rows: PendingRow[]): number {
    const hashes = [...new Set(rows.map((r) => r.contentHash).filter((h): h is string => h !== null))];
    const firstIds = new Map<string, number>();
    if (hashes.length) {
      for (const r of this.existing.all(this.ctx.datasetId, JSON.stringify(hashes)) as { hash: string; id: number }[]) {
        firstIds.set(r.hash, r.id);
      }
    }
    const now = sqliteTimestamp();
    let duplicates = 0;
    for (const r of rows) {
      const duplicateOf = r.contentHash === null ? undefined : firstIds.get(r.contentHash);
      if (duplicateOf !== undefined) duplicates++;
      const info = this.insert.run(...conversationValues(this.ctx, r, duplicateOf ?? null, now));
      if (r.contentHash !== null && duplicateOf === undefined) firstIds.set(r.contentHash, Number(info.lastInsertRowid));
    }
    return duplicates;
  }
}
