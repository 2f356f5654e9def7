// A seeded, order-free shuffle: each key gets a rank from a hash of (seed, key), so
// sorting by rank gives the same order whatever order the keys arrived in, and the
// same seed always gives the same split. Not Math.random: a snapshot's split must be
// reproducible from its manifest alone. The hash is cyrb53 (53 bits, good avalanche),
// plenty for ordering a few million keys; equal ranks are broken by the key itself.

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The rank of a text key. */
export function textRank(seed: number, key: string): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish(h1, h2);
}

/** The rank of a whole-number key (0 to 2^53), hashed 16 bits at a time with no string made. */
export function numberRank(seed: number, key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  let h1 = Math.imul(0xdeadbeef ^ seed ^ (lo & 0xffff), 2654435761);
  let h2 = Math.imul(0x41c6ce57 ^ seed ^ (lo & 0xffff), 1597334677);
  h1 = Math.imul(h1 ^ (lo >>> 16), 2654435761);
  h2 = Math.imul(h2 ^ (lo >>> 16), 1597334677);
  h1 = Math.imul(h1 ^ (hi & 0xffff), 2654435761);
  h2 = Math.imul(h2 ^ (hi & 0xffff), 1597334677);
  h1 = Math.imul(h1 ^ (hi >>> 16), 2654435761);
  h2 = Math.imul(h2 ^ (hi >>> 16), 1597334677);
  return finish(h1, h2);
}

/** Compares by seeded rank, then by key, so the order is total. */
export function byRank<T extends { rank: number; key: number | string }>(a: T, b: T): number {
  return a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
