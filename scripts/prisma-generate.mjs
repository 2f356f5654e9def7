// Generates the Prisma client after install. The Prisma CLI insists on a native
// schema engine it cannot download on an offline machine; generation does not use
// it, so point the CLI at a stub that explains itself if anything ever calls it.
import { spawnSync } from "node:child_process";
import { writeFileSync, chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = join(tmpdir(), "tuneset-prisma");
  mkdirSync(dir, { recursive: true });
  const stub = join(dir, "schema-engine-stub.sh");
  writeFileSync(stub, "#!/bin/sh\necho 'Tuneset applies migrations itself: run npm run migrate' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
