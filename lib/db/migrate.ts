import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { appRoot } from "../env";
import { moveLegacyAuthSecret } from "./auth/auth-secret-file";
import { prepareDatabaseFiles } from "./database-files";

// Applies prisma/migrations to the SQLite file without the Prisma CLI, which needs a
// native engine that cannot be downloaded offline. It keeps Prisma's own bookkeeping
// (the _prisma_migrations table, SHA-256 checksums), so `prisma migrate deploy` works
// on the same database and folders wherever the engine is available.

// The server reads migrations from the checkout at run time: nothing for the bundler to trace.
export const MIGRATIONS_DIR = join(/* turbopackIgnore: true */ appRoot(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) {
    // Without them every query would fail later on a missing table, far from the cause.
    throw new Error(`Tuneset's database migrations were not found in ${dir}. Run Tuneset from its checkout, or set TUNESET_ROOT to it.`);
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export type MigrateResult = { applied: string[]; file: string };

/** Applies every migration the database has not seen yet, each in its own transaction. */
export function migrate(file: string, dir = MIGRATIONS_DIR): MigrateResult {
  prepareDatabaseFiles(file);
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 10000");
    db.exec(BOOKKEEPING);
    const done = new Map(
      (
        db.prepare(`SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`).all() as {
          migration_name: string;
          checksum: string;
        }[]
      ).map((r) => [r.migration_name, r.checksum]),
    );
    const applied: string[] = [];
    for (const m of readMigrations(dir)) {
      const seen = done.get(m.name);
      if (seen !== undefined) {
        if (seen !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was changed after it was applied to ${file}. Restore prisma/migrations/${m.name}/migration.sql and add a new migration instead.`,
          );
        }
        continue;
      }
      const record = db.prepare(
        `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count, started_at)
         VALUES (?, ?, ?, ?, 1, ?)`,
      );
      db.transaction(() => {
        const started = new Date().toISOString();
        db.exec(m.sql);
        record.run(randomUUID(), m.checksum, new Date().toISOString(), m.name, started);
      })();
      applied.push(m.name);
    }
    moveLegacyAuthSecret(db, dirname(file));
    return { applied, file };
  } finally {
    db.close();
  }
}
