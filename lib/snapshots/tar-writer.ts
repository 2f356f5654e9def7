// Just enough of the POSIX ustar format to put a README and JSONL files into one
// download: a 512-byte header per file, the bytes padded to 512, two empty blocks at
// the end. Every tar reader (GNU tar, bsdtar, Python's tarfile, 7-Zip) opens it.
// Headers need each file's size first, which is why callers measure before writing.

const BLOCK = 512;

/** The header of one regular file. `name` must fit ustar's 100 bytes (callers use short names). */
export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK);
  const nameBytes = Buffer.from(name, "utf8");
  if (nameBytes.length > 100) throw new Error(`tar entry name too long (${nameBytes.length} bytes, at most 100): ${name}`);
  if (!Number.isSafeInteger(size) || size < 0 || size > 0o77777777777) throw new Error(`tar entry too large: ${size} bytes`);
  nameBytes.copy(h, 0);
  octal(h, 100, 8, 0o644);
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, size);
  octal(h, 136, 12, Math.floor(mtime.getTime() / 1000));
  h.fill(0x20, 148, 156); // the checksum counts its own field as spaces
  h.write("0", 156, "ascii"); // regular file
  h.write("ustar\u000000", 257, "ascii");
  h.write("tuneset", 265, "ascii");
  h.write("tuneset", 297, "ascii");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, "ascii");
  return h;
}

/** Zero bytes that bring a file of `size` bytes to a whole block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The end-of-archive marker. */
export const tarEnd = (): Buffer => Buffer.alloc(BLOCK * 2);

function octal(h: Buffer, at: number, width: number, value: number) {
  h.write(`${value.toString(8).padStart(width - 1, "0")}\u0000`, at, "ascii");
}
