import { describe, expect, it } from "vitest";
import { openSourceReadme } from "./readme";
import { emptyNotes } from "./open-source-format";
import { MANIFEST_SCHEMA, NO_GROUPING, type SnapshotManifest } from "./manifest";

const base: SnapshotManifest = {
  schema: MANIFEST_SCHEMA,
  snapshot: { id: "s", number: 4, kind: "chat" },
  dataset: { id: "d", name: "Support bot", targetModel: "gpt-4o-mini-2024-07-18" },
  filter: { status: "approved" },
  records: 120,
  counts: { byStatus: { approved: 120 }, byLabel: {}, unlabelled: 120 },
  split: { validationFraction: 0.1, seed: 7, stratifiedBy: "label set", groupedBy: NO_GROUPING, train: 108, validation: 12, strata: [], strataTotal: 1 },
  systemPrompt: {
    mode: "drop",
    replacement: null,
    encoding: "o200k_base",
    changedRecords: 120,
    tokensSavedPerRequest: 40,
    tokensSavedTotal: 4800,
    promptTokensBefore: 9000,
    percentCut: 53.3,
  },
  preflight: { overriddenErrors: [], warnings: [] },
  createdBy: { id: "u", email: "lee@example.com", name: "Lee" },
  createdAt: "2026-11-27T10:00:00.000Z",
  app: { name: "tuneset", version: "0.1.0" },
  files: [
    { name: "train.jsonl", split: "train", records: 108, bytes: 1, sha256: "a".repeat(64) },
    { name: "validation.jsonl", split: "validation", records: 12, bytes: 1, sha256: "b".repeat(64) },
  ],
};

describe("openSourceReadme", () => {
  it("names the format, the counts, how to load it and where it came from", () => {
    const notes = { ...emptyNotes(), records: 120, toolCalls: 3, untrainedTurns: 2, weightsDropped: 5 };
    const text = openSourceReadme({
      manifest: base,
      files: [
        { name: "train.jsonl", records: 108 },
        { name: "validation.jsonl", records: 12 },
      ],
      notes,
    });
    expect(text).toContain("# Support bot: snapshot 4, open-source chat format");
    expect(text).toContain("SFTTrainer");
    expect(text).toContain("type: chat_template");
    expect(text).toContain("| train.jsonl | 108 |");
    expect(text).toContain("| validation.jsonl | 12 |");
    expect(text).toContain('load_dataset("json", data_files={"train": "train.jsonl", "validation": "validation.jsonl"})');
    expect(text).toContain("test_datasets:");
    expect(text).toContain("2 assistant turns had `weight: 0`");
    expect(text).toContain("3 tool calls now carry their arguments as a JSON object");
    expect(text).toContain("dropped every example's system prompt");
    expect(text).toContain(`SHA-256 \`${"a".repeat(64)}\``);
    expect(text).toContain("seed 7");
  });

  it("speaks of DPO for preference snapshots, and of no split when there is none", () => {
    const m: SnapshotManifest = {
      ...base,
      snapshot: { ...base.snapshot, kind: "preference" },
      split: null,
      systemPrompt: { ...base.systemPrompt, mode: "keep" },
    };
    const text = openSourceReadme({ manifest: m, files: [{ name: "train.jsonl", records: 120 }], notes: { ...emptyNotes(), records: 120 } });
    expect(text).toContain("DPOTrainer");
    expect(text).toContain("type: chat_template.default");
    expect(text).toContain("field_messages: prompt");
    expect(text).toContain('data_files={"train": "train.jsonl"}');
    expect(text).not.toContain("test_datasets");
    expect(text).toContain("No validation split");
    expect(text).toContain("Nothing beyond the shape");
  });
});
