// `npm test`: every suite the project has, in the order a failure is cheapest to find
// (lint, formatting, types, unit, then the browser tests against a production build). Ends with
// one line "N passed, N failed" summing all suites, which CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Result = { suite: string; passed: number; failed: number; skipped: number };
const results: Result[] = [];
mkdirSync("test-results", { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CI: process.env.CI ?? "1" };

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;
}

function check(suite: string, cmd: string, args: string[]) {
  const ok = run(cmd, args) === 0;
  results.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

/** The browser tests use Debian's Chromium; a fresh machine may not have it yet. */
function ensureChromium(): boolean {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0) {
    console.log("Installing Debian's chromium for the browser tests…");
    if (run("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]) === 0) return true;
  }
  console.error(`No Chromium at ${path}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return false;
}

type PlaywrightTest = { projectName: string; status: "expected" | "unexpected" | "flaky" | "skipped" };
type PlaywrightSuite = { suites?: PlaywrightSuite[]; specs?: { tests: PlaywrightTest[] }[] };
type PlaywrightReport = PlaywrightSuite & { stats: { unexpected: number } };

/** The browser run's results split into the security suite and the rest (first-run setup included). */
function countByProject(report: PlaywrightReport) {
  const counts = { e2e: { passed: 0, failed: 0, skipped: 0 }, security: { passed: 0, failed: 0, skipped: 0 } };
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const c = counts[t.projectName === "security" ? "security" : "e2e"];
        if (t.status === "skipped") c.skipped++;
        else if (t.status === "unexpected") c.failed++;
        else c.passed++;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  visit(report);
  return counts;
}

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
}

check("lint", "npx", ["eslint", "."]);
check("format", "npx", ["prettier", "--check", "."]);
check("typecheck", "npx", ["tsc", "--noEmit"]);

rmSync("test-results/unit.json", { force: true });
const unitStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>("test-results/unit.json");
results.push({
  suite: "unit",
  passed: unit?.numPassedTests ?? 0,
  failed: unit ? unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0) : 1,
  skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0),
});

// The browser tests run against the built app (scripts/serve.ts), so they need a current production build.
if (!ensureChromium()) {
  results.push({ suite: "e2e", passed: 0, failed: 1, skipped: 0 });
  results.push({ suite: "security", passed: 0, failed: 1, skipped: 0 });
} else if (run("npx", ["next", "build"]) !== 0) {
  results.push({ suite: "build", passed: 0, failed: 1, skipped: 0 });
} else {
  rmSync("test-results/e2e.json", { force: true });
  const e2eStatus = run("npx", ["playwright", "test"], { CI: "1" });
  const report = readJson<PlaywrightReport>("test-results/e2e.json");
  const bySuite = report ? countByProject(report) : null;
  for (const suite of ["e2e", "security"] as const) {
    const counted = bySuite?.[suite] ?? { passed: 0, failed: 0, skipped: 0 };
    // A runner that failed without a failing test (a server that would not start) still fails the run.
    const lost = suite === "e2e" && (report === null || (e2eStatus !== 0 && report.stats.unexpected === 0)) ? 1 : 0;
    results.push({ suite, ...counted, failed: counted.failed + lost });
  }
}

console.log("\nSuites:");
for (const r of results) console.log(`  ${r.suite.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed ? 1 : 0);
