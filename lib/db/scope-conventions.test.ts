import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

// Every lib/db function that reaches the database takes the scope it works in (a
// DatasetScope, or the Actor whose datasets it lists), so the `where` that keeps one
// dataset's rows from another's lives in the data function, not in each caller
// (lib/db/scope.ts). Found by reading the code: a function "reaches the database" when it
// uses the client (db, sqlite, openReader), or calls a lib/db function that does.

/** Modules that work across datasets, and why. A "file#function" entry excuses one function. */
const SYSTEM: Record<string, string> = {
  "lib/db/client.ts": "the connection itself",
  "lib/db/migrate.ts": "the schema, before anyone asks anything",
  "lib/db/database-files.ts": "the database's files",
  "lib/db/actor.ts": "the command line's own account",
  "lib/db/scope.ts": "where scopes are made",
  "lib/db/auth/dataset-owners.ts": "the owner lookups: which dataset a record belongs to is the authorization check's input",
  "lib/db/auth/assert-allowed.ts": "the authorization check itself",
  "lib/db/auth/api-tokens.ts": "a person's own tokens, found before any dataset is named",
  "lib/db/auth/password-reset.ts": "a person's own sessions",
  "lib/db/auth/auth-secret.ts": "the instance's signing secret",
  "lib/db/auth/sign-in-limiter.ts": "sign-in attempts, before anyone is known",
  "lib/db/users/users.ts": "accounts, not a dataset's rows (their pages need users.manage)",
  "lib/db/providers/provider-settings.ts": "the instance's provider settings, not a dataset's rows",
  "lib/db/audit/record-audit.ts": "writes the audit row of a write that was scoped itself",
  "lib/db/imports/conversation-writer.ts": "the import writer, started on a dataset its caller was allowed in",
  "lib/db/imports/import-records.ts": "the import writer's own Import row (listImports is scoped)",
  "lib/db/imports/resume-import.ts": "the import writer resuming its own Import row (listResumableImports is scoped)",
  "lib/db/imports/import-lease.ts": "the import writer's lease on its own Import row",
  "lib/db/imports/interrupt-abandoned.ts": "a background sweep over every dataset's imports",
  "lib/db/search/search-index.ts#indexNextChunk": "the background indexer",
  "lib/db/preflight/check-pending-records.ts#checkNextBatch": "the background checks",
  "lib/db/bulk/trash.ts#purgeExpiredTrash": "the purge of every dataset's expired trash",
  "lib/db/datasets/dataset-trash.ts#purgeExpiredDatasets": "the purge of datasets deleted more than 30 days ago",
  "lib/db/datasets/edit-dataset.ts#assertNameFree": "names are unique across live datasets, so a name's holder is looked for in all of them",
  "lib/db/datasets/get-dataset.ts#findLiveDatasetByName": "names are unique across live datasets, so a name's holder is looked for in all of them",
  "lib/db/stats/dataset-stats.ts#refreshStaleStats": "the background refresh of statistics",
  "lib/db/moderation/scan-records.ts": "the moderation scan worker, on the dataset it was started on",
  "lib/db/dedup/save-run.ts": "the de-duplication worker writing its own run",
  "lib/db/dedup/dedup-index.ts": "the de-duplication worker's index of its own run",
  "lib/db/evals/eval-lease.ts": "the evaluation runner's lease",
  "lib/db/evals/eval-rows.ts": "an evaluation's rows, read by the runner and after the actor's lookup (read-examples)",
  "lib/db/fine-tunes/job-updates.ts": "the fine-tune poller",
};

type Decl = { name: string; exported: boolean; node: ts.Node; params: ts.ParameterDeclaration[] | null };
type Source = { path: string; text: string };

const CLIENT_ENTRIES = new Set(["db", "sqlite", "openReader"]);

function declarations(sf: ts.SourceFile): Decl[] {
  const out: Decl[] = [];
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) out.push({ name: st.name.text, exported: exported(st), node: st, params: [...st.parameters] });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        const fn = ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer) ? d.initializer : null;
        out.push({ name: d.name.text, exported: exported(st), node: d.initializer, params: fn ? [...fn.parameters] : null });
      }
    }
  }
  return out;
}

/** Local name → [file, exported name] for imports of other lib/db files. */
function importsOf(path: string, sf: ts.SourceFile, known: Set<string>): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.importClause?.namedBindings) continue;
    const spec = st.moduleSpecifier.text;
    if (!spec.startsWith(".")) continue;
    const target = normalize(join(dirname(path), spec)) + ".ts";
    if (!known.has(target) || !ts.isNamedImports(st.importClause.namedBindings)) continue;
    for (const el of st.importClause.namedBindings.elements) map.set(el.name.text, [target, (el.propertyName ?? el.name).text]);
  }
  return map;
}

const typeText = (p: ts.ParameterDeclaration, sf: ts.SourceFile) => p.type?.getText(sf) ?? "";

/** "file: function(params)" for each exported lib/db function that reaches the database with neither a scope nor an actor. */
export function unscopedFunctions(files: Source[], system: Record<string, string> = SYSTEM): string[] {
  const known = new Set(files.map((f) => f.path));
  const parsed = new Map(files.map((f) => [f.path, ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true)]));
  const decls = new Map([...parsed].map(([path, sf]) => [path, new Map(declarations(sf).map((d) => [d.name, d]))]));
  const imports = new Map([...parsed].map(([path, sf]) => [path, importsOf(path, sf, known)]));
  const memo = new Map<string, boolean>();

  const reaches = (path: string, name: string): boolean => {
    const key = `${path}#${name}`;
    if (memo.has(key)) return memo.get(key)!;
    memo.set(key, false); // a cycle adds nothing
    const d = decls.get(path)?.get(name);
    const sf = parsed.get(path)!;
    let found = path.endsWith("lib/db/client.ts") && CLIENT_ENTRIES.has(name);
    // A step inside a caller's transaction is handed the database itself.
    if (d?.params?.some((p) => /\bDatabase\b/.test(typeText(p, sf)))) found = true;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(n)) {
        const imported = imports.get(path)?.get(n.text);
        if (imported && reaches(...imported)) found = true;
        else if (!imported && n.text !== name && decls.get(path)?.has(n.text) && reaches(path, n.text)) found = true;
      }
      ts.forEachChild(n, visit);
    };
    if (d) visit(d.node);
    memo.set(key, found);
    return found;
  };

  const offenders: string[] = [];
  for (const [path, byName] of decls) {
    if (system[path]) continue;
    const sf = parsed.get(path)!;
    for (const d of byName.values()) {
      if (!d.exported || !d.params || system[`${path}#${d.name}`]) continue;
      const types = d.params.map((p) => typeText(p, sf));
      if (types.some((t) => /\b(DatasetScope|Actor|Database)\b/.test(t))) continue;
      if (reaches(path, d.name)) offenders.push(`${path}: ${d.name}(${d.params.map((p) => p.getText(sf)).join(", ")})`);
    }
  }
  return offenders.sort();
}

const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => f && !f.includes("/generated/"));
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

describe("lib/db scoping", () => {
  it("gives every data function that reaches the database its caller's scope or actor", () => {
    const files = tracked.filter((f) => f.startsWith("lib/db/") && f.endsWith(".ts") && !isTest(f)).map((path) => ({ path, text: readFileSync(path, "utf8") }));
    expect(unscopedFunctions(files)).toEqual([]);
    // An excuse for a module or function that is gone, or now takes a scope, comes off the list.
    const stale = Object.keys(SYSTEM).filter((k) => {
      const [file, fn] = k.split("#");
      return !files.some((f) => f.path === file && (!fn || new RegExp(`export (async )?function\\*? ?${fn}\\(`).test(f.text)));
    });
    expect(stale).toEqual([]);
  });

  it("catches a bare id, directly or through a helper, and lets scoped functions, steps and pure helpers pass", () => {
    const files: Source[] = [
      { path: "lib/db/client.ts", text: "export const db = () => prisma;\nexport const sqlite = () => handle;" },
      {
        path: "lib/db/things/get-thing.ts",
        text: [
          'import { db, sqlite } from "../client";',
          'import type { DatasetScope } from "../scope";',
          "export async function getThing(id: string) { return db().thing.findUnique({ where: { id } }); }",
          "export async function getScopedThing(scope: DatasetScope, id: string) { return db().thing.findFirst({ where: { id, datasetId: scope.datasetId } }); }",
          "function count(id: number) { return sqlite().prepare('SELECT 1').get(id); }",
          "export const countThing = (id: number) => count(id) + 1;",
          "export function thingJson(t: { id: string }) { return { id: t.id }; }",
          "export function writeStep(handle: Database.Database, id: number) { handle.prepare('x').run(id); }",
        ].join("\n"),
      },
      {
        path: "lib/db/things/use-thing.ts",
        text: 'import { getThing } from "./get-thing";\nexport const thingName = async (id: string) => (await getThing(id)).name;',
      },
    ];
    const client = { "lib/db/client.ts": "the connection" };
    expect(unscopedFunctions(files, client)).toEqual([
      "lib/db/things/get-thing.ts: countThing(id: number)",
      "lib/db/things/get-thing.ts: getThing(id: string)",
      "lib/db/things/use-thing.ts: thingName(id: string)",
    ]);
    expect(unscopedFunctions(files, { ...client, "lib/db/things/use-thing.ts": "a worker" })).toHaveLength(2);
  });

  it("leaves making a scope to the authorization check, and keeps systemScope off the web's paths", () => {
    const sources = tracked.filter((f) => !isTest(f)).map((path) => ({ path, text: readFileSync(path, "utf8") }));
    const grants = sources.filter((s) => /\bgrantScope\b/.test(s.text) && s.path !== "lib/db/scope.ts" && !s.path.startsWith("lib/services/auth/"));
    expect(grants.map((s) => s.path)).toEqual([]);
    // A cast would make a scope without the check.
    expect(sources.filter((s) => /as DatasetScope\b/.test(s.text) && s.path !== "lib/db/scope.ts").map((s) => s.path)).toEqual([]);
    const web = (p: string) => /^(app|components|lib\/actions|lib\/api)\//.test(p);
    expect(sources.filter((s) => web(s.path) && /\bsystemScope\b/.test(s.text)).map((s) => s.path)).toEqual([]);
  });
});
