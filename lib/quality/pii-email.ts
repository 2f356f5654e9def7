import type { Span } from "./pii-span";

// E-mail addresses. The scan starts from each "@" and reads outwards instead of
// running one regex from every position: a regex whose match begins with the local
// part re-reads every long run of word characters from each of its positions,
// which is quadratic on long tokens (base64 blobs, minified code).

const MAX_LOCAL = 64;
const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;
// "icon@2x.png": the resolution suffix of image assets, not an address.
const IMAGE_SCALE = /^\d+x\./;
// "git@github.com:org/repo.git": the shared account of every Git host, in clone URLs.
const SERVICE_ACCOUNT = "git";

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 // . _ % + -
  );
}

export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let at = text.indexOf("@");
  let floor = 0; // never start inside the previous address
  while (at !== -1) {
    let start = at;
    while (start > floor && at - start <= MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    const localTooLong = at - start > MAX_LOCAL;
    while (start < at && text.charCodeAt(start) === 46) start++; // a local part cannot begin with "."
    DOMAIN.lastIndex = at + 1;
    const domain = start < at && !localTooLong ? DOMAIN.exec(text) : null;
    if (domain && !IMAGE_SCALE.test(domain[0]) && text.slice(start, at) !== SERVICE_ACCOUNT) {
      const end = at + 1 + domain[0].length;
      spans.push({ start, end });
      floor = end;
      at = text.indexOf("@", end);
    } else {
      at = text.indexOf("@", at + 1);
    }
  }
  return spans;
}
