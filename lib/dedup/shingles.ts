import type { Turn } from "../formats/normalize";

// Word shingles of normalised text, as sorted 32-bit hashes. Each shingle is salted
// with its turn's role, so a user turn never matches an assistant turn, and never
// spans two turns. Normalisation matches the exact-duplicate hash in spirit (NFKC,
// case, invisible characters, whitespace, punctuation): words are runs of letters and
// digits, and Chinese and Japanese characters count as one word each, since those
// scripts have no spaces.

export const SHINGLE_WORDS = 3;

const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 1 : c >= 65 && c <= 90 ? 2 : 0,
);
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SINGLE_CHAR_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Zero-width spaces, soft hyphens, BOMs: the exact key drops them, so they must not split a word here.
const INVISIBLE = /\p{Cf}/u;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function roleSalt(role: string): number {
  let h = FNV_OFFSET ^ 0x5bd1e995;
  for (let i = 0; i < role.length; i++) h = Math.imul(h ^ role.charCodeAt(i), FNV_PRIME);
  return fmix(h);
}

/** What a character is to the word splitter: a separator, part of a word, a word of its own, or nothing at all. */
const SEPARATOR = 0;
const WORD = 1;
const OWN_WORD = 2;
const SKIP = 3;

function classify(ch: string): number {
  if (SINGLE_CHAR_WORD.test(ch)) return OWN_WORD;
  if (WORD_CHAR.test(ch)) return WORD;
  return INVISIBLE.test(ch) ? SKIP : SEPARATOR;
}

// One table lookup per character of the Basic Multilingual Plane, built on first use:
// three regex tests per character made non-English text several times slower to sign.
let bmpClass: Uint8Array | undefined;
function classTable(): Uint8Array {
  if (!bmpClass) {
    bmpClass = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) bmpClass[c] = c >= 0xd800 && c <= 0xdfff ? SEPARATOR : classify(String.fromCharCode(c));
  }
  return bmpClass;
}

/** Appends the hashes of the words of one text to `out`, in order. */
function wordHashes(text: string, out: WordBuffer): void {
  if (ASCII_ONLY.test(text)) return asciiWords(text, out);
  const s = text.normalize("NFKC").toLowerCase();
  const table = classTable();
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let kind: number;
    let units = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // Outside the BMP (rare): classify the whole code point.
      units = 2;
      kind = classify(s.slice(i, i + 2));
    } else kind = table[c];
    if (kind === OWN_WORD) {
      if (inWord) out.push(fmix(h));
      let own = FNV_OFFSET;
      for (let u = 0; u < units; u++) own = Math.imul(own ^ s.charCodeAt(i + u), FNV_PRIME);
      out.push(fmix(own));
      inWord = false;
      h = FNV_OFFSET;
    } else if (kind === WORD) {
      for (let u = 0; u < units; u++) h = Math.imul(h ^ s.charCodeAt(i + u), FNV_PRIME);
      inWord = true;
    } else if (kind === SEPARATOR && inWord) {
      out.push(fmix(h));
      inWord = false;
      h = FNV_OFFSET;
    }
    i += units - 1;
  }
  if (inWord) out.push(fmix(h));
}

function asciiWords(s: string, out: WordBuffer): void {
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    const kind = ASCII_WORD[c];
    if (kind) {
      if (kind === 2) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      out.push(fmix(h));
      inWord = false;
      h = FNV_OFFSET;
    }
  }
  if (inWord) out.push(fmix(h));
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
const words = new WordBuffer();
const shingles = new WordBuffer();

/** The sorted, distinct shingle hashes of some turns. Empty when they hold no words. */
export function shingleSet(turns: readonly Turn[], k = SHINGLE_WORDS): Uint32Array {
  shingles.length = 0;
  for (const turn of turns) {
    words.length = 0;
    wordHashes(turn.text, words);
    const salt = roleSalt(turn.role);
    const w = words.data;
    const n = words.length;
    if (n === 0) continue;
    // A turn shorter than a shingle is one shingle of all its words.
    const last = Math.max(n - k, 0);
    for (let i = 0; i <= last; i++) {
      let h = salt;
      for (let j = i; j < Math.min(i + k, n); j++) h = Math.imul(h ^ w[j], 0x9e3779b1) ^ (h >>> 15);
      shingles.push(fmix(h));
    }
  }
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
