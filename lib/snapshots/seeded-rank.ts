// A seeded, order-free shuffle: each key gets a rank from a hash of (seed, key), so
// sorting by rank gives the same order whatever order the keys arrived in, and the
// same seed always gives the same split. Not Math.random: a snapshot's split must be
// reproducible from its manifest alone.

/**
 * cyrb53: a fast 53-bit string hash with good avalanche, plenty for ordering a few
 * million keys (collisions are broken by the key itself).
 */
export function seededRank(seed: number, key: string): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Compares two keys by their seeded rank, then by the key, so the order is total. */
export function byRank<T extends { rank: number; key: string }>(a: T, b: T): number {
  return a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
