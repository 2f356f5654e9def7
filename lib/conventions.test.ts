import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// House rules that a reviewer would otherwise have to remember.
const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => f && !f.includes("/generated/"));

describe("conventions", () => {
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
