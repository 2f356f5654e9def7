import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

// House rules that a reviewer would otherwise have to remember.
const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => f && !f.includes("/generated/"));

// Who may read or write process.env besides lib/env.ts, and why. Tests and test setup
// (*.test.ts, lib/test/, e2e/) and the benchmarks (scripts/bench/) set variables per case
// or for the servers and children they start.
const ENV_EXCEPTIONS: Record<string, string> = {
  "playwright.config.ts": "configures the servers the browser tests start",
  "prisma.config.ts": "read by Prisma's own command line, which loads no app code",
  "proxy.ts": "NODE_ENV, which Next sets and inlines; env() would pull zod into every request's proxy",
  "scripts/prepare-start.ts": "turns telemetry off for the build it starts",
  "scripts/serve.ts": "sets NODE_ENV before Next loads, as `next start` does",
  "scripts/test-all.ts": "passes the environment to the suites it starts",
  "scripts/prisma-generate.mjs": "plain JavaScript run by npm install, before any TypeScript can load",
  "scripts/tuneset.mjs": "plain JavaScript: names TUNESET_ROOT for the command it loads",
};
const isEnvException = (f: string) =>
  f === "lib/env.ts" || f in ENV_EXCEPTIONS || f.endsWith(".test.ts") || f.startsWith("lib/test/") || f.startsWith("e2e/") || f.startsWith("scripts/bench/");

describe("conventions", () => {
  it("reads the environment only through lib/env.ts, where every variable is validated", () => {
    const sources = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx", "*.mjs", "*.js", "*.cjs"], {
      encoding: "utf8",
    })
      .split("\n")
      .filter((f) => f && !f.includes("/generated/"));
    expect(sources.filter((f) => !isEnvException(f) && /\bprocess\.env\b/.test(readFileSync(f, "utf8")))).toEqual([]);
    // An exception that no longer needs process.env is taken off the list.
    expect(Object.keys(ENV_EXCEPTIONS).filter((f) => !/\bprocess\.env\b/.test(readFileSync(f, "utf8")))).toEqual([]);
  });

  it('says "use server" only in lib/actions, where every export is meant to be a public endpoint', () => {
    const offenders = tracked.filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8")) && !f.startsWith("lib/actions/"));
    expect(offenders).toEqual([]);
  });

  it("keeps source files under 300 lines", () => {
    const long = tracked.filter((f) => readFileSync(f, "utf8").split("\n").length > 300);
    expect(long).toEqual([]);
  });

  it("never imports the database from client components", () => {
    const offenders = tracked.filter((f) => {
      const text = readFileSync(f, "utf8");
      return /^\s*["']use client["']/m.test(text) && /from ["'](@\/|\.\.?\/)+lib\/db\//.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it("never lets a page, route or server action act as the command line", () => {
    const web = tracked.filter((f) => f.startsWith("app/") || f.startsWith("lib/actions/") || f.startsWith("lib/api/") || f.startsWith("components/"));
    expect(web.filter((f) => /commandLineActor/.test(readFileSync(f, "utf8")))).toEqual([]);
  });

  it("makes every exported server action go through serverAction, which checks who acts before anything", () => {
    // Per export, not per file: a new export in an existing file must go through the wrapper too.
    const actions = tracked.filter((f) => f.startsWith("lib/actions/") && !f.endsWith(".test.ts"));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.flatMap((f) => unwrappedExports(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("spots an export that skips the wrapper, even beside wrapped ones", () => {
    const file = [
      'export const ok = serverAction({ permission: "datasets.read", schema }, async () => ({}));',
      "export type Result = { ok: true };",
      "export async function sneaky(id: string) {}",
      "export const alsoSneaky = async () => {};",
      "export default sneaky;",
      "export { ok as again };",
    ].join("\n");
    expect(unwrappedExports("x.ts", file)).toEqual([
      "x.ts: export async function sneaky(id: string) {}",
      "x.ts: export const alsoSneaky = async () => {};",
      "x.ts: export default sneaky;",
      "x.ts: export { ok as again };",
    ]);
  });
});

// The layers of lib, highest first: a module may import its own layer or a lower one.
// entry: what users reach (server actions, HTTP API, command line); jobs: the background
// loops; services: use cases (transactions across tables, provider calls, files, worker
// pools, waking loops); db: queries and writes; domain: pure modules, with lib/jobs/signal.ts,
// the leaf through which services wake loops without importing them. lib/test is the test
// harness: it stands where the command line stands (it imports files, runs background work
// to the end), and only tests may use it. Test files count like the code beside them.
const LAYERS = ["domain", "db", "services", "jobs", "entry"] as const;

function layerOf(file: string): number {
  if (/^lib\/(actions|api|cli|test)\//.test(file)) return LAYERS.indexOf("entry");
  if (/^lib\/jobs\/signal(\.test)?\.ts$/.test(file)) return LAYERS.indexOf("domain");
  if (file.startsWith("lib/jobs/")) return LAYERS.indexOf("jobs");
  if (file.startsWith("lib/services/")) return LAYERS.indexOf("services");
  if (file.startsWith("lib/db/")) return LAYERS.indexOf("db");
  return LAYERS.indexOf("domain");
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** The repository file an import names (alias or relative), or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? join(dirname(from), spec) : null;
  if (base === null) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, `${base}/index.ts`];
  return candidates.find((c) => existsSync(c) && !statSync(c).isDirectory()) ?? normalize(base);
}

/** "file → import" for every import in lib that points to a higher layer (or, outside tests, to the harness). */
function upwardImports(files: { path: string; text: string }[]): string[] {
  const offenders: string[] = [];
  for (const { path, text } of files) {
    // TypeScript's own scanner: static imports, `export ... from`, import() and require(); not vi.mock.
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = resolveImport(path, spec);
      if (!target?.startsWith("lib/")) continue;
      const harness = target.startsWith("lib/test/") && !path.startsWith("lib/test/");
      if (harness ? !isTest(path) : layerOf(target) > layerOf(path)) offenders.push(`${path} → ${spec}`);
    }
  }
  return offenders;
}

describe("layers", () => {
  it("keeps lib layered strictly downward: entry → jobs → services → db → domain", () => {
    const lib = tracked.filter((f) => f.startsWith("lib/")).map((path) => ({ path, text: readFileSync(path, "utf8") }));
    expect(upwardImports(lib)).toEqual([]);
  });

  it("catches an upward import of each kind, and lets tests use the harness", () => {
    const files = [
      { path: "lib/db/x/read-x.ts", text: 'import { wake } from "../../jobs/signal";\nimport { run } from "../../services/x/run-x";' },
      { path: "lib/db/x/read-x.test.ts", text: 'import { importText } from "../../test/import-helpers";\nvi.mock("../../services/x/run-x");' },
      { path: "lib/quality/y.ts", text: 'export { a } from "@/lib/db/client";\nconst m = await import("../jobs/background-work");' },
      {
        path: "lib/services/x/run-x.ts",
        text: 'import type { Actor } from "../../auth/actor";\nimport { db } from "../../db/client";\nimport { importText } from "../../test/import-helpers";',
      },
      { path: "lib/jobs/signal.ts", text: 'import { startBackgroundWork } from "./background-work";' },
    ];
    expect(upwardImports(files)).toEqual([
      "lib/db/x/read-x.ts → ../../services/x/run-x",
      "lib/quality/y.ts → @/lib/db/client",
      "lib/quality/y.ts → ../jobs/background-work",
      "lib/services/x/run-x.ts → ../../test/import-helpers",
      "lib/jobs/signal.ts → ./background-work",
    ]);
  });
});

describe("the data layer", () => {
  it("calls no provider, starts no worker thread and writes no files but the database's own", () => {
    // Those are use cases (lib/services); lib/db keeps queries and writes. Provider types are fine.
    const ownFiles = ["lib/db/database-files.ts", "lib/db/migrate.ts", "lib/db/auth/auth-secret-file.ts"];
    const offenders = tracked
      .filter((f) => f.startsWith("lib/db/") && !isTest(f))
      .filter((f) => {
        const text = readFileSync(f, "utf8");
        const fs = /from ["']node:fs(\/promises)?["']/.test(text) && !ownFiles.includes(f);
        return fs || /^import (?!type )[^;]*from ["']openai|provider-client["']|node:worker_threads/m.test(text);
      });
    expect(offenders).toEqual([]);
  });
});
/**
 * The exports of a lib/actions file that are not `export const name = serverAction(...)`.
 * Types are erased (not endpoints); anything else exported (a function, a default, a
 * re-export, a const of any other shape) is reported as "file: export text".
 */
function unwrappedExports(file: string, text: string): string[] {
  const offenders: string[] = [];
  for (const m of text.matchAll(/^export\s+(?!type\s|interface\s)(.*)$/gm)) {
    const rest = m[1];
    if (/^const\s+\w+\s*=\s*serverAction\(/.test(rest)) continue;
    offenders.push(`${file}: export ${rest.slice(0, 60)}`);
  }
  return offenders;
}
