import { byRank, numberRank, textRank } from "./seeded-rank";

// The training/validation split of a snapshot: seeded, stratified by label and grouped
// by near-duplicate cluster.
//
// - Grouped: every member of a cluster lands on the same side, so a near-copy of a
//   validation example is never trained on (that would flatter the validation loss).
//   A group's stratum is the label set most of its members carry.
// - Stratified: the validation quota (fraction × records, rounded, at least 1 and at
//   most all but 1) is shared out among strata in proportion to their size by largest
//   remainder, so the total stays exact. A stratum too small to earn a place gets none
//   rather than one each: forcing one per stratum would swell a 10% split on a dataset
//   with many rare label combinations. Leftover places go to the largest remainders.
// - Seeded: within a stratum, groups are taken in the order of a hash of (seed, group
//   key), never by input order, so the same records and seed give the same split.
//   A group is taken while it brings the stratum closer to its quota.
// - With a fraction above 0 and at least two groups, neither side is ever empty.

export type SplitItem = {
  id: number;
  /** The record's label set as one string ("" when unlabelled, which is a stratum too). */
  stratum: string;
  /** The near-duplicate cluster it belongs to, or null when it is in none. */
  group: number | null;
};

export type StratumSplit = { stratum: string; records: number; validation: number };

export type SplitResult = {
  /** Ids of the records on the validation side; every other record trains. */
  validation: Set<number>;
  trainRecords: number;
  validationRecords: number;
  /** Groups the records fell into: a cluster counts once, any other record alone. */
  groups: number;
  /** Records sharing a cluster with another record of the selection. */
  clusteredRecords: number;
  strata: StratumSplit[];
};

/**
 * A record alone, or a cluster's records. Keys: 2 × record id, 2 × cluster id + 1, so
 * the two never meet. A record alone keeps its id in `first` and has no list: most
 * records are alone, and a million pass through here.
 */
type Group = { key: number; rank: number; size: number; first: number; ids: number[] | null; stratum: string };

const idsOf = (g: Group): readonly number[] => g.ids ?? [g.first];

export function splitRecords(items: readonly SplitItem[], o: { fraction: number; seed: number }): SplitResult {
  const groups = groupItems(items, o.seed);
  const validation = new Set<number>();
  const taken = new Set<Group>();
  const n = items.length;
  if (o.fraction > 0 && groups.length >= 2) {
    const target = Math.min(Math.max(Math.round(o.fraction * n), 1), n - 1);
    const byStratum = new Map<string, Group[]>();
    for (const g of groups) {
      const list = byStratum.get(g.stratum);
      if (list) list.push(g);
      else byStratum.set(g.stratum, [g]);
    }
    const quotas = apportion(
      target,
      [...byStratum].map(([s, gs]) => [s, recordsIn(gs)] as const),
      n,
      o.seed,
    );
    for (const [stratum, gs] of byStratum) fill(gs.sort(byRank), quotas.get(stratum) ?? 0, taken);
    keepBothSides(groups, taken);
    for (const g of taken) for (const id of idsOf(g)) validation.add(id);
  }
  return {
    validation,
    trainRecords: n - validation.size,
    validationRecords: validation.size,
    groups: groups.length,
    clusteredRecords: groups.reduce((sum, g) => sum + (g.size > 1 ? g.size : 0), 0),
    strata: strataSummary(groups, taken),
  };
}

function groupItems(items: readonly SplitItem[], seed: number): Group[] {
  const groups: Group[] = [];
  const clusters = new Map<number, { ids: number[]; strata: Map<string, number> }>();
  for (const item of items) {
    if (item.group === null) {
      const key = 2 * item.id;
      groups.push({ key, rank: numberRank(seed, key), size: 1, first: item.id, ids: null, stratum: item.stratum });
      continue;
    }
    let entry = clusters.get(item.group);
    if (!entry) clusters.set(item.group, (entry = { ids: [], strata: new Map() }));
    entry.ids.push(item.id);
    entry.strata.set(item.stratum, (entry.strata.get(item.stratum) ?? 0) + 1);
  }
  for (const [cluster, e] of clusters) {
    const key = 2 * cluster + 1;
    groups.push({ key, rank: numberRank(seed, key), size: e.ids.length, first: e.ids[0], ids: e.ids, stratum: dominant(e.strata) });
  }
  return groups;
}

/** The most common stratum; a tie goes to the first by name, so input order never decides. */
function dominant(strata: Map<string, number>): string {
  let best = "";
  let most = -1;
  for (const [s, count] of strata) {
    if (count > most || (count === most && s < best)) {
      best = s;
      most = count;
    }
  }
  return best;
}

const recordsIn = (gs: readonly Group[]) => gs.reduce((sum, g) => sum + g.size, 0);

/** Largest-remainder shares of `total` by stratum size (integer arithmetic, so no rounding drift). */
function apportion(total: number, sizes: readonly (readonly [string, number])[], n: number, seed: number): Map<string, number> {
  const shares = sizes.map(([stratum, records]) => ({
    stratum,
    quota: Math.floor((total * records) / n),
    remainder: (total * records) % n,
    key: stratum,
    rank: textRank(seed, stratum),
  }));
  let left = total - shares.reduce((sum, s) => sum + s.quota, 0);
  for (const s of [...shares].sort((a, b) => b.remainder - a.remainder || byRank(a, b))) {
    if (left-- <= 0) break;
    s.quota++;
  }
  return new Map(shares.map((s) => [s.stratum, s.quota]));
}

/** Takes groups in rank order while each brings the stratum closer to its quota. */
function fill(ranked: readonly Group[], quota: number, taken: Set<Group>) {
  let count = 0;
  for (const g of ranked) {
    const gap = quota - count;
    if (gap <= 0) return;
    const size = g.size;
    if (size <= gap || size - gap < gap) {
      taken.add(g);
      count += size;
    }
  }
}

/** The quota can round to nothing, or a big cluster can take everything: put one group back. */
function keepBothSides(groups: readonly Group[], taken: Set<Group>) {
  if (taken.size === 0) {
    const smallest = [...groups].sort((a, b) => a.size - b.size || byRank(a, b))[0];
    taken.add(smallest);
  } else if (taken.size === groups.length) {
    const last = [...taken].sort(byRank).at(-1)!;
    taken.delete(last);
  }
}

function strataSummary(groups: readonly Group[], taken: ReadonlySet<Group>): StratumSplit[] {
  const by = new Map<string, StratumSplit>();
  for (const g of groups) {
    let s = by.get(g.stratum);
    if (!s) by.set(g.stratum, (s = { stratum: g.stratum, records: 0, validation: 0 }));
    s.records += g.size;
    if (taken.has(g)) s.validation += g.size;
  }
  return [...by.values()].sort((a, b) => (a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : 0));
}

/** A record's label set as its stratum: names sorted, so the same set is one stratum. */
export function stratumOf(labels: readonly string[]): string {
  return labels.length === 0 ? "" : [...labels].sort().join("\u001f");
}

/** The stratum in words, for the manifest and the page. */
export function stratumLabel(stratum: string): string {
  return stratum === "" ? "(no label)" : stratum.split("\u001f").join(" + ");
}
