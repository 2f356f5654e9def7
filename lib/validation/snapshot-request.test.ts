import { describe, expect, it } from "vitest";
import { SnapshotRequestSchema } from "./snapshot-request";

describe("SnapshotRequestSchema", () => {
  it("defaults to the approved set, no split, the system prompt kept", () => {
    expect(SnapshotRequestSchema.parse({})).toMatchObject({ status: "approved", systemPrompt: "keep" });
    expect(SnapshotRequestSchema.parse({}).validation).toBeUndefined();
  });

  it("reads form strings: empty is absent, numbers are coerced", () => {
    const r = SnapshotRequestSchema.parse({ status: "all", label: "billing", validation: "0.2", seed: "42", systemPrompt: "", replacement: "" });
    expect(r).toMatchObject({ status: "all", label: "billing", validation: 0.2, seed: 42, systemPrompt: "keep" });
  });

  it("keeps the validation fraction between 0 and 0.5 and the seed a whole number", () => {
    expect(SnapshotRequestSchema.safeParse({ validation: "0.6" }).error?.issues[0]).toMatchObject({
      path: ["validation"],
      message: expect.stringContaining("at most 0.5"),
    });
    expect(SnapshotRequestSchema.safeParse({ validation: "-0.1" }).success).toBe(false);
    expect(SnapshotRequestSchema.safeParse({ seed: "1.5" }).error?.issues[0].path).toEqual(["seed"]);
    expect(SnapshotRequestSchema.safeParse({ seed: "3000000000" }).success).toBe(false);
  });

  it("needs a replacement, of at most 2,000 characters, to replace the system prompt", () => {
    expect(SnapshotRequestSchema.safeParse({ systemPrompt: "replace" }).error?.issues[0]).toMatchObject({ path: ["replacement"] });
    expect(SnapshotRequestSchema.safeParse({ systemPrompt: "replace", replacement: "x".repeat(2001) }).success).toBe(false);
    expect(SnapshotRequestSchema.parse({ systemPrompt: "replace", replacement: "  Be brief.  " }).replacement).toBe("Be brief.");
    expect(SnapshotRequestSchema.safeParse({ systemPrompt: "bake" }).success).toBe(false);
  });
});
