import { describe, expect, it } from "vitest";
import { splitRecords, stratumLabel, stratumOf, type SplitItem } from "./split";

const items = (n: number, stratum = (_i: number) => "", group = (_i: number): number | null => null): SplitItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, stratum: stratum(i), group: group(i) }));

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

/** A stable shuffle for the order-independence checks. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("splitRecords", () => {
  it("puts the fraction of records on the validation side, rounded", () => {
    const r = splitRecords(items(100), { fraction: 0.1, seed: 7 });
    expect(r.validationRecords).toBe(10);
    expect(r.trainRecords).toBe(90);
    expect(r.validation.size).toBe(10);
    expect(splitRecords(items(15), { fraction: 0.1, seed: 7 }).validationRecords).toBe(2); // 1.5 rounds up
  });

  it("is the same for the same seed and differs for another", () => {
    const a = splitRecords(items(200), { fraction: 0.2, seed: 42 });
    const b = splitRecords(items(200), { fraction: 0.2, seed: 42 });
    const c = splitRecords(items(200), { fraction: 0.2, seed: 43 });
    expect(sorted(a.validation)).toEqual(sorted(b.validation));
    expect(sorted(a.validation)).not.toEqual(sorted(c.validation));
  });

  it("does not depend on the order the records come in", () => {
    const list = items(
      300,
      (i) => ["", "billing", "billing\u001fshipping"][i % 3],
      (i) => (i % 10 === 0 ? Math.floor(i / 20) : null),
    );
    const a = splitRecords(list, { fraction: 0.15, seed: 5 });
    for (const s of [1, 2, 3]) {
      const b = splitRecords(shuffled(list, s), { fraction: 0.15, seed: 5 });
      expect(sorted(b.validation)).toEqual(sorted(a.validation));
      expect(b.strata).toEqual(a.strata);
    }
  });

  it("does not take the first records: the order comes from the seed", () => {
    const r = splitRecords(items(100), { fraction: 0.1, seed: 1 });
    expect(sorted(r.validation)).not.toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it("stratifies by label set: each stratum gets its share", () => {
    // 60 unlabelled, 30 billing, 10 shipping at 20%: 12, 6 and 2.
    const label = (i: number) => (i < 60 ? "" : i < 90 ? "billing" : "shipping");
    const r = splitRecords(items(100, label), { fraction: 0.2, seed: 3 });
    expect(r.strata).toEqual([
      { stratum: "", records: 60, validation: 12 },
      { stratum: "billing", records: 30, validation: 6 },
      { stratum: "shipping", records: 10, validation: 2 },
    ]);
    const ids = sorted(r.validation);
    expect(ids.filter((id) => id > 90)).toHaveLength(2);
  });

  it("keeps the total exact when shares round, giving leftovers to the largest remainders", () => {
    // 10% of 25 is 2.5 → 3 places; strata of 12, 12 and 1: shares 1.44, 1.44, 0.12.
    const label = (i: number) => (i < 12 ? "a" : i < 24 ? "b" : "c");
    const r = splitRecords(items(25, label), { fraction: 0.1, seed: 9 });
    expect(r.validationRecords).toBe(3);
    const byStratum = Object.fromEntries(r.strata.map((s) => [s.stratum, s.validation]));
    expect(byStratum.c).toBe(0);
    expect(byStratum.a + byStratum.b).toBe(3);
  });

  it("keeps every member of a near-duplicate cluster on one side", () => {
    // Ten clusters of five and fifty loose records.
    const group = (i: number) => (i < 50 ? Math.floor(i / 5) : null);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const r = splitRecords(
        items(100, () => "", group),
        { fraction: 0.2, seed },
      );
      for (let c = 0; c < 10; c++) {
        const sides = new Set(Array.from({ length: 5 }, (_, k) => r.validation.has(c * 5 + k + 1)));
        expect(sides.size).toBe(1);
      }
      expect(r.groups).toBe(60);
      expect(r.clusteredRecords).toBe(50);
      expect(Math.abs(r.validationRecords - 20)).toBeLessThanOrEqual(2);
    }
  });

  it("gives a cluster the stratum most of its members carry", () => {
    // One cluster of three: two "a", one "b". It must count under "a".
    const list: SplitItem[] = [
      { id: 1, stratum: "a", group: 9 },
      { id: 2, stratum: "b", group: 9 },
      { id: 3, stratum: "a", group: 9 },
      ...items(7, () => "b").map((it) => ({ ...it, id: it.id + 10 })),
    ];
    const r = splitRecords(list, { fraction: 0.3, seed: 1 });
    expect(r.strata).toEqual([
      { stratum: "a", records: 3, validation: expect.any(Number) },
      { stratum: "b", records: 7, validation: expect.any(Number) },
    ]);
  });

  it("never leaves the validation side empty when asked for one and two groups exist", () => {
    const r = splitRecords(items(3), { fraction: 0.01, seed: 1 });
    expect(r.validationRecords).toBe(1);
    expect(r.trainRecords).toBe(2);
  });

  it("takes a whole cluster rather than nothing when every group is bigger than the quota", () => {
    const r = splitRecords(
      items(
        8,
        () => "",
        (i) => (i < 4 ? 1 : 2),
      ),
      { fraction: 0.1, seed: 1 },
    );
    expect(r.validationRecords).toBe(4);
    expect(r.trainRecords).toBe(4);
  });

  it("never leaves the training side empty either", () => {
    // Two groups: a cluster of 4 and one record. Half of 5 rounds to 3, closest is the cluster of 4.
    const list = items(
      5,
      () => "",
      (i) => (i < 4 ? 1 : null),
    );
    for (const seed of [1, 2, 3, 4]) {
      const r = splitRecords(list, { fraction: 0.5, seed });
      expect(r.trainRecords).toBeGreaterThan(0);
      expect(r.validationRecords).toBeGreaterThan(0);
    }
  });

  it("does not split at fraction 0, nor with a single group", () => {
    expect(splitRecords(items(50), { fraction: 0, seed: 1 }).validationRecords).toBe(0);
    expect(splitRecords(items(1), { fraction: 0.5, seed: 1 }).validationRecords).toBe(0);
    expect(
      splitRecords(
        items(
          4,
          () => "",
          () => 1,
        ),
        { fraction: 0.5, seed: 1 },
      ).validationRecords,
    ).toBe(0);
    expect(splitRecords([], { fraction: 0.2, seed: 1 })).toMatchObject({ validationRecords: 0, trainRecords: 0, groups: 0 });
  });
});

describe("strata", () => {
  it("are label sets whatever the order of the labels", () => {
    expect(stratumOf(["shipping", "billing"])).toBe(stratumOf(["billing", "shipping"]));
    expect(stratumOf([])).toBe("");
    expect(stratumLabel(stratumOf(["shipping", "billing"]))).toBe("billing + shipping");
    expect(stratumLabel("")).toBe("(no label)");
  });
});
