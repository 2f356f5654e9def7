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
