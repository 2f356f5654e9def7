import { float64Column, uint32Column } from "./number-column";

// Exact duplicates across a whole file without keeping one string per example:
// each example leaves 52 bits of its content hash (exact in a float64) and its
// line number, 12 bytes in all. Sorting a copy of the hashes finds the values
// that repeat; one more pass in file order names the first line of each. At a
// million examples the chance that two different conversations share 52 bits
// is about one in ten thousand.

/** The first 13 hex digits (52 bits) of a hex digest, as an exact number. */
export function hashPrefix(hex: string): number {
  return parseInt(hex.slice(0, 13), 16);
}

export class DuplicateFinder {
  private readonly hashes = float64Column();
  private readonly lines = uint32Column();

  add(line: number, hexHash: string): void {
    this.hashes.push(hashPrefix(hexHash));
    this.lines.push(line);
  }

  /** Calls `found` for each example whose hash an earlier one has, in the order added, with the earliest one's line. */
  forEachDuplicate(found: (line: number, firstLine: number) => void): void {
    const hashes = this.hashes.view();
    const sorted = hashes.slice().sort();
    const repeated = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
    if (repeated.size === 0) return;
    const lines = this.lines.view();
    const first = new Map<number, number>();
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i];
      if (!repeated.has(hash)) continue;
      const earlier = first.get(hash);
      if (earlier === undefined) first.set(hash, lines[i]);
      else found(lines[i], earlier);
    }
  }
}
