import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

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
    const sources = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx", "*.mjs", "*.js", "*.cjs"], { encoding: "utf8" })
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

  it("checks who acts in every server action before it does anything", () => {
    // Each exported action either authorizes itself or goes through a helper that does.
    const unchecked = tracked
      .filter((f) => f.startsWith("lib/actions/") && !f.endsWith(".test.ts") && f !== "lib/actions/session-actions.ts")
      .filter((f) => !/authorize(Conversation|Owned)?\(|conversationAction\(/.test(readFileSync(f, "utf8")));
    expect(unchecked).toEqual([]);
  });
});
