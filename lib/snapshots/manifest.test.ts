import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { FileDigest, manifestText, MANIFEST_SCHEMA, NO_GROUPING, parseManifest, sortedCounts, type SnapshotManifest } from "./manifest";

const manifest = (files: SnapshotManifest["files"]): SnapshotManifest => ({
  schema: MANIFEST_SCHEMA,
  snapshot: { id: "snap1", number: 3, kind: "chat" },
  dataset: { id: "ds1", name: "Support bot", targetModel: "gpt-4o-mini-2024-07-18" },
  filter: { status: "approved" },
  records: 12,
  counts: { byStatus: { approved: 12 }, byLabel: { billing: 4 }, unlabelled: 8 },
  split: {
    validationFraction: 0.2,
    seed: 42,
    stratifiedBy: "label set",
    groupedBy: NO_GROUPING,
    train: 10,
    validation: 2,
    strata: [{ labels: "(no label)", records: 8, validation: 2 }],
    strataTotal: 2,
  },
  systemPrompt: {
    mode: "keep",
    replacement: null,
    encoding: "o200k_base",
    changedRecords: 0,
    tokensSavedPerRequest: 0,
    tokensSavedTotal: 0,
    promptTokensBefore: 0,
    percentCut: 0,
  },
  preflight: { overriddenErrors: [], warnings: [] },
  createdBy: { id: "u1", email: "lead@example.com", name: "Lee" },
  createdAt: "2026-11-27T10:00:00.000Z",
  app: { name: "tuneset", version: "0.1.0" },
  files,
});

describe("FileDigest", () => {
  it("hashes the bytes as they stream past, the same as hashing the whole file", () => {
    const chunks = ['{"a":1}\n{"a":2}\n', '{"a":3}\n', '{"é":"ü"}\n'].map((s) => Buffer.from(s));
    const d = new FileDigest("train.jsonl", "train");
    d.update(chunks[0], 2);
    d.update(chunks[1], 1);
    d.update(chunks[2], 1);
    const whole = Buffer.concat(chunks);
    expect(d.finish()).toEqual({
      name: "train.jsonl",
      split: "train",
      records: 4,
      bytes: whole.length,
      sha256: createHash("sha256").update(whole).digest("hex"),
    });
  });

  it("gives the well-known hash of an empty file", () => {
    expect(new FileDigest("validation.jsonl", "validation").finish().sha256).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("the manifest", () => {
  it("round-trips through its text, which ends in a newline", () => {
    const m = manifest([{ name: "train.jsonl", split: "train", records: 10, bytes: 1234, sha256: "a".repeat(64) }]);
    const text = manifestText(m);
    expect(text.endsWith("}\n")).toBe(true);
    expect(parseManifest(text)).toEqual(m);
  });

  it("refuses a file entry without a proper SHA-256", () => {
    expect(() => manifestText(manifest([{ name: "train.jsonl", split: "train", records: 1, bytes: 1, sha256: "xyz" }]))).toThrow();
  });

  it("writes count tables in name order whatever order they were counted in", () => {
    expect(
      Object.keys(
        sortedCounts(
          new Map([
            ["shipping", 1],
            ["billing", 2],
            ["returns", 3],
          ]),
        ),
      ),
    ).toEqual(["billing", "returns", "shipping"]);
  });
});
