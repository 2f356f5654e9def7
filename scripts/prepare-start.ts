// The first half of `npm start`: everything a fresh clone needs before scripts/serve.ts
// serves the app on http://localhost:3000 (PORT overrides): migrate the SQLite file,
// load the sample data into an empty database, build if the sources changed since
// the last build. The server itself is then one plain Node process.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { seedIfEmpty } from "../prisma/seed/seed";
import { closeDb } from "../lib/db/client";
import { databaseFile, env } from "../lib/env";
import { hasAccounts } from "../lib/services/accounts/accounts";

const root = process.cwd();
process.env.NEXT_TELEMETRY_DISABLED = "1";

function newestSourceChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "generated") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "next.config.js", "package.json"].map((p) => join(root, p));
  return sources.some((p) => existsSync(p) && (statSync(p).isDirectory() ? newestSourceChange(p) : statSync(p).mtimeMs) > built);
}

async function main() {
  console.log(`Database: ${databaseFile()}`);
  const seeded = await seedIfEmpty();
  if (seeded) console.log(seeded);
  await closeDb();

  if (needsBuild()) {
    console.log("Building the app (the first time about 3 minutes on a quiet 2-core machine, longer on a busy one)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const url = `http://localhost:${env().PORT ?? "3000"}`;
  console.log(`Tuneset is starting on ${url}`);
  console.log(
    (await hasAccounts())
      ? "Sign in with your account. Forgot the admin password? npx tuneset users create --email you@example.com --role admin"
      : `First run: open ${url} and create the admin account (or: npx tuneset users create --email you@example.com --role admin).`,
  );
  await closeDb();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
