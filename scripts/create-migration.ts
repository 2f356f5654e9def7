// `npm run migration:create -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql
// with the SQL that takes the existing migrations to prisma/schema.prisma.
// It uses Prisma's schema engine compiled to WASM (the native one cannot be
// downloaded here).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { MIGRATIONS_DIR } from "../lib/db/migrate";

// The schema as of the newest migration. Hand-written SQL (full-text search) is not
// in it, so the diff never touches those tables.
const SNAPSHOT = join(MIGRATIONS_DIR, "schema.snapshot.prisma");

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_");
  if (!name) throw new Error("Usage: npm run migration:create -- short_name");
  const schemaPath = join(process.cwd(), "prisma", "schema.prisma");
  const schema = readFileSync(schemaPath, "utf8");

  // The engine needs no database for this: it diffs the schema the last migration
  // was made from (kept beside the migrations) against the current one.
  // (It still wants a connection to start, so it gets an in-memory one.)
  const engine = await (
    await loadEngine()
  ).SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: ":memory:" })));
  const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;
  const result = await engine.diff({
    from: previous === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SNAPSHOT, content: previous }] },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = (result.stdout ?? "").trim();
  if (!sql || /^-- This is an empty migration/.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const folder = join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "migration.sql"), sql + "\n");
  const lock = join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "sqlite"\n');
  writeFileSync(SNAPSHOT, schema);
  console.log(`Wrote ${folder}/migration.sql`);
}

type EngineModule = { SchemaEngine: { new: (o: unknown, log: (...m: unknown[]) => void, a: unknown) => Promise<Engine> } };

// The package's entry imports the .wasm file as an ES module, which Node cannot do;
// instantiate it by hand through its glue module instead.
async function loadEngine(): Promise<EngineModule> {
  const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Record<string, unknown> & {
    __wbg_set_wasm: (e: unknown) => void;
  };
  const wasmPath = join(process.cwd(), "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": glue as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return glue as unknown as EngineModule;
}

type Engine = { diff: (p: unknown) => Promise<{ exitCode: number; stdout?: string }> };

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
