import { describe, expect, it } from "vitest";
import { contentHasher, pickReusable, seedFromHash, type ContentOptions, type ContentRow } from "./content-hash";
import { SEED_MAX } from "../fine-tunes/fine-tune-vocabulary";

const OPTIONS: ContentOptions = {
  datasetId: "ds1",
  targetModel: "gpt-4o-mini-2024-07-18",
  validation: 0,
  systemPrompt: "keep",
  replacement: null,
  groupedByRun: null,
};
const row = (id: number, over: Partial<ContentRow> = {}): ContentRow => ({
  id,
  version: 1,
  kind: "chat",
  status: "approved",
  labels: "",
  group: null,
  ...over,
});

function hashOf(rows: ContentRow[], options: Partial<ContentOptions> = {}): string {
  const h = contentHasher({ ...OPTIONS, ...options });
  for (const r of rows) h.add(r);
  return h.digest();
}

describe("contentHasher", () => {
  const base = [row(1), row(2), row(3)];

  it("gives the same hash for the same records and options", () => {
    expect(hashOf(base)).toBe(hashOf([row(1), row(2), row(3)]));
    expect(hashOf(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any record's id, version, kind, status, labels or cluster", () => {
    const seen = new Set([hashOf(base)]);
    for (const changed of [
      [row(1), row(2)],
      [row(1), row(2), row(4)],
      [row(1), row(2, { version: 2 }), row(3)],
      [row(1), row(2, { kind: "preference" }), row(3)],
      [row(1), row(2, { status: "pending" }), row(3)],
      [row(1), row(2, { labels: '["billing"]' }), row(3)],
      [row(1), row(2, { group: 7 }), row(3)],
    ])
      seen.add(hashOf(changed));
    expect(seen.size).toBe(8);
  });

  it("changes with every option that decides the files, and treats an empty replacement as none", () => {
    const seen = new Set([hashOf(base)]);
    for (const options of [
      { datasetId: "ds2" },
      { targetModel: "gpt-4.1-2025-04-14" },
      { validation: 0.1 },
      { systemPrompt: "drop" },
      { systemPrompt: "replace", replacement: "Be brief." },
      { groupedByRun: "run1" },
    ])
      seen.add(hashOf(base, options));
    expect(seen.size).toBe(7);
    expect(hashOf(base, { replacement: "" })).toBe(hashOf(base));
  });

  it("does not let one field's text run into the next", () => {
    expect(hashOf([row(1, { version: 12 })])).not.toBe(hashOf([row(11, { version: 2 })]));
  });
});

describe("pickReusable", () => {
  const candidates = [
    { id: "a", number: 1, seed: 5 },
    { id: "b", number: 3, seed: 9 },
    { id: "c", number: 2, seed: 5 },
  ];

  it("takes the newest when the request names no seed, or is not split", () => {
    expect(pickReusable(candidates, {})?.id).toBe("b");
    expect(pickReusable(candidates, { validation: 0.2 })?.id).toBe("b");
    // A seed means nothing without a split (an unsplit snapshot stores none).
    expect(pickReusable([{ id: "u", number: 4, seed: null }], { seed: 5 })?.id).toBe("u");
  });

  it("with a seed and a split, takes only a snapshot split with that seed", () => {
    expect(pickReusable(candidates, { validation: 0.2, seed: 5 })?.id).toBe("c");
    expect(pickReusable(candidates, { validation: 0.2, seed: 6 })).toBeNull();
  });

  it("makes a new one when nothing has the hash", () => {
    expect(pickReusable([], {})).toBeNull();
  });
});

describe("seedFromHash", () => {
  it("is a valid seed, the same for the same hash", () => {
    const h = hashOf([row(1)]);
    expect(seedFromHash(h)).toBe(seedFromHash(h));
    for (const hash of [h, "f".repeat(64), "0".repeat(64)]) {
      expect(Number.isInteger(seedFromHash(hash))).toBe(true);
      expect(seedFromHash(hash)).toBeGreaterThanOrEqual(0);
      expect(seedFromHash(hash)).toBeLessThanOrEqual(SEED_MAX);
    }
  });
});
