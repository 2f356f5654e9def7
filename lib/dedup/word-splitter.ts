// The one definition of a "word" that de-duplication and evaluation share: text is
// NFKC-normalised and lower-cased, invisible format characters are dropped, words are
// runs of letters, marks and digits, and Chinese and Japanese characters count as one
// word each, since those scripts have no spaces.
//
// Words land in a reusable WordList as ranges of a string plus a 32-bit hash of their
// normalised form: the near-duplicate signer (a hot path) reads the hashes and never
// builds a string per word, while evaluation reads the words themselves. A list
// rather than a callback keeps the inner loops monomorphic whoever else splits text
// in the same process.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** MurmurHash3's finaliser: spreads FNV's weak low bits over the whole word. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The words of the last text split into it; reused between texts to spare allocations. */
export class WordList {
  /** The string the ranges point into: the text itself, or its normalised copy. */
  text = "";
  length = 0;
  /** mix32 of the FNV-1a hash of each word's normalised code units. */
  hashes = new Uint32Array(256);
  starts = new Uint32Array(256);
  ends = new Uint32Array(256);

  add(start: number, end: number, hash: number): void {
    if (this.length === this.hashes.length) this.grow();
    this.hashes[this.length] = mix32(hash);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The normalised word at `i`; ranges may hold invisible characters and upper-case ASCII. */
  word(i: number): string {
    const raw = this.text.slice(this.starts[i], this.ends[i]);
    // Only a plain ASCII text is kept unnormalised; any other is already lower case.
    if (ASCII_ONLY.test(raw)) return raw.toLowerCase();
    return INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, "") : raw;
  }

  private grow(): void {
    const size = this.hashes.length * 2;
    const bigger = (old: Uint32Array) => {
      const next = new Uint32Array(size);
      next.set(old);
      return next;
    };
    this.hashes = bigger(this.hashes);
    this.starts = bigger(this.starts);
    this.ends = bigger(this.ends);
  }
}

const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 1 : c >= 65 && c <= 90 ? 2 : 0));
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SINGLE_CHAR_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Zero-width spaces, soft hyphens, BOMs: the exact-duplicate key drops them, so they
// must not split a word here.
const INVISIBLE = /\p{Cf}/u;
const INVISIBLE_ALL = /\p{Cf}/gu;

/** What a character is to the splitter: a separator, part of a word, a word of its own, or nothing at all. */
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

/** Replaces the contents of `into` with the words of `text`, in order. */
export function splitWords(text: string, into: WordList): void {
  into.length = 0;
  if (ASCII_ONLY.test(text)) {
    into.text = text;
    return asciiWords(text, into);
  }
  const s = text.normalize("NFKC").toLowerCase();
  into.text = s;
  const table = classTable();
  let h = FNV_OFFSET;
  let start = -1;
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
      if (start >= 0) into.add(start, i, h);
      let own = FNV_OFFSET;
      for (let u = 0; u < units; u++) own = Math.imul(own ^ s.charCodeAt(i + u), FNV_PRIME);
      into.add(i, i + units, own);
      start = -1;
      h = FNV_OFFSET;
    } else if (kind === WORD) {
      for (let u = 0; u < units; u++) h = Math.imul(h ^ s.charCodeAt(i + u), FNV_PRIME);
      if (start < 0) start = i;
    } else if (kind === SEPARATOR && start >= 0) {
      into.add(start, i, h);
      start = -1;
      h = FNV_OFFSET;
    }
    i += units - 1;
  }
  if (start >= 0) into.add(start, s.length, h);
}

// Plain ASCII needs neither NFKC nor the table: most training text takes this path.
function asciiWords(s: string, into: WordList): void {
  let h = FNV_OFFSET;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    const kind = ASCII_WORD[c];
    if (kind) {
      if (kind === 2) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (start < 0) start = i;
    } else if (start >= 0) {
      into.add(start, i, h);
      start = -1;
      h = FNV_OFFSET;
    }
  }
  if (start >= 0) into.add(start, s.length, h);
}
