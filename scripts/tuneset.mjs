#!/usr/bin/env node
// The `tuneset` command. It runs the TypeScript CLI directly through tsx, so there is
// no build step between editing lib/ and using the command.
import { register } from "tsx/esm/api";
import { register as registerCjs } from "tsx/cjs/api";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

// Both loaders: lib/ compiles as CommonJS while the generated Prisma client is ESM.
register();
registerCjs();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Migrations and worker entries are files of the checkout, wherever the command runs from.
process.env.TUNESET_ROOT ??= root;
const cli = await import(join(root, "lib", "cli", "main.ts"));
// Compiled as CommonJS, the module's exports arrive under `default`.
const main = cli.main ?? cli.default.main;
process.exitCode = await main(process.argv.slice(2));
