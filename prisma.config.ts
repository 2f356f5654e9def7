import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only to generate the client; migrations are applied
// by scripts/migrate.ts through the WASM schema engine (see README, "Database").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/tuneset.db" },
});
