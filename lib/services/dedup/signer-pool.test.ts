import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { WORKER_ENTRY } from "./signer-pool";

describe("the signer pool", () => {
  it("finds its worker's entry file (a missing one leaves a run without worker threads)", () => {
    expect(existsSync(WORKER_ENTRY)).toBe(true);
  });
});
