import { isUtf8 } from "node:buffer";

// Lines must be UTF-8. Decoding a line that is not would replace its bad bytes with
// U+FFFD without a word, and the record would no longer be what the file held, so an
// import finds them, names the first bad byte, and keeps the line's bytes as they were.

/**
 * Where a line stops being UTF-8: the 0-based index of the first byte of the first
 * ill-formed sequence (Unicode's table 3-7: no overlong forms, no surrogates, nothing
 * past U+10FFFF, no sequence cut short), or -1 when every byte is well formed.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  // The native check is much faster; the walk below only runs for the rare bad line.
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = leadByte(b);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      // The second byte has a narrower range after some lead bytes; the others are 80..BF.
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += length;
  }
  return -1;
}

/** A lead byte's sequence length and the allowed range of the byte after it; length 0: never a lead byte. */
function leadByte(b: number): [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/** The error an import stores for such a line; the byte counts from 1 at the line's first byte. */
export const invalidUtf8Message = (byte: number) => `invalid UTF-8 at byte ${byte}`;
