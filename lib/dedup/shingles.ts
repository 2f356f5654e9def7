import type { Turn } from "../formats/normalize";
import { mix32, splitWords, WordList } from "./word-splitter";

// Word shingles of normalised text, as sorted 32-bit hashes. Each shingle is salted
// with its turn's role, so a user turn never matches an assistant turn, and never
// spans two turns. Normalisation matches the exact-duplicate hash in spirit (NFKC,
// case, invisible characters, whitespace, punctuation); word-splitter.ts says what a
// word is.

export const SHINGLE_WORDS = 3;

// Bound once: transpiled to CommonJS (as the signing workers load this file), each call
// through an imported name goes through a getter, and this one runs for every shingle.
const mix = mix32;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function roleSalt(role: string): number {
  let h = FNV_OFFSET ^ 0x5bd1e995;
  for (let i = 0; i < role.length; i++) h = Math.imul(h ^ role.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

class WordBuffer {
  data = new Uint32Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

// Reused between calls: shingling runs for every record of a run.
const words = new WordList();
const shingles = new WordBuffer();

/** The sorted, distinct shingle hashes of some turns. Empty when they hold no words. */
export function shingleSet(turns: readonly Turn[], k = SHINGLE_WORDS): Uint32Array {
  shingles.length = 0;
  for (const turn of turns) {
    splitWords(turn.text, words);
    const salt = roleSalt(turn.role);
    const w = words.hashes;
    const n = words.length;
    if (n === 0) continue;
    // A turn shorter than a shingle is one shingle of all its words.
    const last = Math.max(n - k, 0);
    for (let i = 0; i <= last; i++) {
      let h = salt;
      for (let j = i; j < Math.min(i + k, n); j++) h = Math.imul(h ^ w[j], 0x9e3779b1) ^ (h >>> 15);
      shingles.push(mix(h));
    }
  }
  // The list outlives the call: let go of the last turn's text.
  words.text = "";
  const sorted = shingles.data.subarray(0, shingles.length).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

/** Exact Jaccard similarity of two sorted, distinct hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
