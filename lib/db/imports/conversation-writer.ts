import type Database from "better-sqlite3";

// The bulk insert path of an import. It talks to better-sqlite3 directly, in one
// transaction per batch, because Prisma's createMany runs at about 4% of this speed
// here. Everything else about imports goes through Prisma.

export type PendingRow = {
  sourceLine: number;
  kind: "chat" | "preference" | "invalid";
  body: string;
  errors: string | null;
  unknownKeys: string | null;
  preview: string;
  turns: number;
  contentHash: string | null;
};

export type WriterContext = { datasetId: string; importId: string; sourceFile: string };

/** SQLite text timestamps in the exact form Prisma writes, so ordering by them is consistent. */
export const sqliteTimestamp = (d = new Date()) => d.toISOString().replace("Z", "+00:00");

let holds = 0;

export class ConversationWriter {
  private readonly insert: Database.Statement;
  private readonly existing: Database.Statement;
  private readonly progress: Database.Statement;
  private readonly flushBatch: (rows: PendingRow[], read: { lines: number; bytes: number }) => number;
  duplicates = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ctx: WriterContext,
  ) {
    this.insert = sqlite.prepare(
      `INSERT INTO Conversation (datasetId, importId, sourceFile, sourceLine, kind, body, errors, unknownKeys,
         preview, turns, contentHash, duplicateOfId, status, note, version, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', 1, ?, ?)`,
    );
    // Earlier records with the same hash, found through the (datasetId, contentHash) index.
    this.existing = sqlite.prepare(
      `SELECT contentHash AS hash, min(id) AS id FROM Conversation
       WHERE datasetId = ? AND deletedAt IS NULL AND contentHash IN (SELECT value FROM json_each(?))
       GROUP BY contentHash`,
    );
    // Progress goes in the batch's own transaction, on this connection: a write from
    // Prisma's connection would checkpoint the whole uncommitted-to-disk import each time.
    this.progress = sqlite.prepare(`UPDATE Import SET lines = ?, bytes = ? WHERE id = ?`);
    this.flushBatch = sqlite.transaction((rows: PendingRow[], read: { lines: number; bytes: number }) => {
      this.progress.run(read.lines, read.bytes, this.ctx.importId);
      return this.write(rows);
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

  /** Writes one batch and the lines read so far in one transaction; returns how many rows were exact duplicates. */
  flush(rows: PendingRow[], read: { lines: number; bytes: number }): number {
    return this.flushBatch(rows, read);
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
    const { datasetId, importId, sourceFile } = this.ctx;
    let duplicates = 0;
    for (const r of rows) {
      const duplicateOf = r.contentHash === null ? undefined : firstIds.get(r.contentHash);
      if (duplicateOf !== undefined) duplicates++;
      const info = this.insert.run(
        datasetId, importId, sourceFile, r.sourceLine, r.kind, r.body, r.errors, r.unknownKeys,
        r.preview, r.turns, r.contentHash, duplicateOf ?? null, now, now,
      );
      if (r.contentHash !== null && duplicateOf === undefined) firstIds.set(r.contentHash, Number(info.lastInsertRowid));
    }
    this.duplicates += duplicates;
    return duplicates;
  }
}
