// Sorting millions of 32-bit keys with a payload, per LSH band and for exact keys:
// two counting passes over 16-bit digits beat a comparison sort by an order of
// magnitude on typed arrays, and allocate nothing per element.

const counts = new Uint32Array(1 << 16);

/** Sorts `keys` ascending, moving `values` with them. Stable. Both arrays are reordered in place. */
export function radixSortPairs(keys: Uint32Array, values: Uint32Array): void {
  const n = keys.length;
  const k2 = new Uint32Array(n);
  const v2 = new Uint32Array(n);
  pass(keys, values, k2, v2, 0);
  pass(k2, v2, keys, values, 16);
}

function pass(keys: Uint32Array, values: Uint32Array, outKeys: Uint32Array, outValues: Uint32Array, shift: number) {
  counts.fill(0);
  const n = keys.length;
  for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & 0xffff]++;
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d];
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const at = counts[(keys[i] >>> shift) & 0xffff]++;
    outKeys[at] = keys[i];
    outValues[at] = values[i];
  }
}
