import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readsOutsideRepository, REPOSITORY_ROOT } from "./repository-boundary";

describe("the repository boundary", () => {
  const root = "/work/clone";

  it("allows the repository itself and paths elsewhere on the machine", () => {
    expect(readsOutsideRepository("/work/clone/lib/test/data/public/x.jsonl", root)).toBe(false);
    expect(readsOutsideRepository("/work/clone", root)).toBe(false);
    expect(readsOutsideRepository(join(tmpdir(), "tuneset-test-1/test.db"), root)).toBe(false);
  });

  it("in a checkout straight in the temporary folder, refuses only the shared folder beside it", () => {
    const inTmp = join(tmpdir(), "clone");
    expect(readsOutsideRepository(join(tmpdir(), "tuneset-test-1/test.db"), inTmp)).toBe(false);
    expect(readsOutsideRepository(join(tmpdir(), "shared/data/public/x.jsonl"), inTmp)).toBe(true);
    expect(readsOutsideRepository("/usr/bin/chromium", root)).toBe(false);
  });

  it("refuses what lies beside the checkout, however the path is written", () => {
    expect(readsOutsideRepository("/work/shared/data/public/gsm8k-chat-train.jsonl", root)).toBe(true);
    expect(readsOutsideRepository("/work/clone/../shared/x", root)).toBe(true);
    expect(readsOutsideRepository(new URL("file:///work/shared/x"), root)).toBe(true);
    expect(readsOutsideRepository("/work/clone-other/x", root)).toBe(true);
  });

  it("is in force in this suite: a read beside the checkout throws, sync and async", async () => {
    const beside = resolve(REPOSITORY_ROOT, "..", "shared", "data", "public", "gsm8k-chat-train.jsonl");
    expect(readsOutsideRepository(beside)).toBe(true);
    expect(() => readFileSync(beside)).toThrow(/must not read outside the repository/);
    await expect(readFile(beside)).rejects.toThrow(/must not read outside the repository/);
  });
});
