import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseFile } from "../env";
import { migrate } from "./migrate";

// The one Prisma client, and the one raw better-sqlite3 handle that bulk paths
// (import, export, token counting) use because Prisma's createMany is ~25x slower.
// Both live on globalThis so hot reload in development does not open new handles.

type Handles = { prisma: PrismaClient; sqlite: Database.Database; file: string };
const globalForDb = globalThis as unknown as { tunesetDb?: Handles };

function open(): Handles {
  const file = databaseFile();
  // Every entry point (server, CLI, tests) works on an up-to-date schema.
  migrate(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("foreign_keys = ON");
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}` }, { timestampFormat: "iso8601" });
  const prisma = new PrismaClient({ adapter });
  return { prisma, sqlite, file };
}

function handles(): Handles {
  globalForDb.tunesetDb ??= open();
  return globalForDb.tunesetDb;
}

export const db = (): PrismaClient => handles().prisma;
export const sqlite = (): Database.Database => handles().sqlite;

/**
 * A separate read-only connection for long reads such as a streamed export: an open
 * better-sqlite3 cursor blocks every other statement on its connection, and WAL lets
 * this reader run beside the writers. The caller closes it.
 */
export function openReader(): Database.Database {
  const reader = new Database(handles().file, { readonly: true });
  reader.pragma("busy_timeout = 10000");
  return reader;
}

export async function closeDb(): Promise<void> {
  const h = globalForDb.tunesetDb;
  if (!h) return;
  globalForDb.tunesetDb = undefined;
  await h.prisma.$disconnect();
  h.sqlite.close();
}
