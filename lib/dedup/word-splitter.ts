// The one definition of a "word" that de-duplication and evaluation share: text is
// NFKC-normalised and lower-cased, invisible format characters are dropped, words are
// runs of letters, marks and digits, and Chinese and Japanese characters count as one
// word each, since those scripts have no spaces.
//
// Each word is reported as a range of a string plus a 32-bit hash of its normalised
// form, so the near-duplicate signer (a hot path) never builds a string per word,
// while evaluation can read the words through wordText.

/**
 * One word: code units [start, end) of `text` (the input, or its normalised copy), and
 * `hash`, the FNV-1a hash of the word's normalised code units. The range may hold
 * invisible characters and upper-case ASCII: `wordText` gives the word itself.
 */
export type OnWord = (text: string, start: number, end: number, hash: number) => void;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 1 : c >= 65 && c <= 90 ? 2 : 0,
);
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

/** Reports the words of `text` to `onWord`, in order. */
export function splitWords(text: string, onWord: OnWord): void {
  if (ASCII_ONLY.test(text)) return asciiWords(text, onWord);
  const s = text.normalize("NFKC").toLowerCase();
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
      if (start >= 0) onWord(s, start, i, h);
      let own = FNV_OFFSET;
      for (let u = 0; u < units; u++) own = Math.imul(own ^ s.charCodeAt(i + u), FNV_PRIME);
      onWord(s, i, i + units, own);
      start = -1;
      h = FNV_OFFSET;
    } else if (kind === WORD) {
      for (let u = 0; u < units; u++) h = Math.imul(h ^ s.charCodeAt(i + u), FNV_PRIME);
      if (start < 0) start = i;
    } else if (kind === SEPARATOR && start >= 0) {
      onWord(s, start, i, h);
      start = -1;
      h = FNV_OFFSET;
    }
    i += units - 1;
  }
  if (start >= 0) onWord(s, start, s.length, h);
}

// Plain ASCII needs neither NFKC nor the table: most training text takes this path.
function asciiWords(s: string, onWord: OnWord): void {
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
      onWord(s, start, i, h);
      start = -1;
      h = FNV_OFFSET;
    }
  }
  if (start >= 0) onWord(s, start, s.length, h);
}

/** The normalised word a range reported by `splitWords` stands for. */
export function wordText(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  // Only a plain ASCII input is reported unnormalised; any other is already lower case.
  if (ASCII_ONLY.test(raw)) return raw.toLowerCase();
  return INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, "") : raw;
}
