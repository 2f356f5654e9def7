import type { Span } from "./pii-span";

// IP addresses. IPv4: four dotted numbers up to 255 that are not part of a longer
// dotted run (1.2.3.4.5) or a version ("v1.2.3.4", "version 1.0.0.0"). Addresses that
// name no one are left alone, since coding and networking answers are full of them:
// 0.0.0.0, loopback (127.x, ::1), and netmasks (255.255.255.0).
// IPv6: the full and compressed forms, possibly ending in an IPv4 address; "::"
// alone, times (12:30:45), MAC addresses and C++/Rust paths (a::b) are not.

// Spelled out rather than (?:\d{1,3}\.){3}: V8 runs the unrolled form three times faster.
const IPV4 = /(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)/g;
const VERSION_BEFORE = /(?:\bv|\bver\.?|\bversion)\s*:?\s*$/i;
const NOT_PERSONAL_V4 = new Set([0, 127, 255]);

function octetsOk(s: string): boolean {
  const octets = s.split(".");
  return octets.length === 4 && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

export function findIpv4(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(IPV4)) {
    if (!octetsOk(m[0]) || NOT_PERSONAL_V4.has(Number(m[0].slice(0, m[0].indexOf("."))))) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Whether `s` is an IPv6 address worth calling personal (see the rules above). */
export function isIpv6(s: string): boolean {
  const halves = s.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === "" ? [] : h.split(":")));
  let count = 0;
  let hexChars = 0;
  let v4Tail = false;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (i === groups.length - 1 && g.includes(".") && halves[halves.length - 1] !== "") {
      if (!octetsOk(g)) return false;
      v4Tail = true;
      count += 2;
    } else if (HEX_GROUP.test(g)) {
      hexChars += g.length;
      count += 1;
    } else {
      return false;
    }
  }
  if (halves.length === 1) return count === 8;
  // "::" stands for at least one zero group; short compressed forms must look like
  // addresses rather than identifiers ("fe80::1" yes, "a::b" and "::1" no).
  if (count > 7 || s === "::1") return false;
  return v4Tail || (/\d/.test(s) && hexChars >= 4);
}

// "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"; one more for a full stop after it.
const MAX_IPV6 = 45;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isRunChar = (c: number) => isHex(c) || c === 58 || c === 46; // hex, ":" or "."
const isWordChar = (c: number) => isHex(c) || (c >= 71 && c <= 90) || (c >= 103 && c <= 122) || c === 95;

// Every address has a colon within its first five characters, so the scan jumps from
// colon to colon (indexOf is far faster than a regex tried at every position) and
// reads the run of hex digits, colons and dots around each.
export function findIpv6(text: string): Span[] {
  const spans: Span[] = [];
  let colon = text.indexOf(":");
  while (colon !== -1) {
    let start = colon;
    while (start > 0 && isHex(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    let colons = 1;
    for (let c = text.charCodeAt(end); end < text.length && isRunChar(c); c = text.charCodeAt(++end)) if (c === 58) colons++;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const alone = !isWordChar(before) && before !== 46 && !isWordChar(text.charCodeAt(end));
    if (alone && colons >= 2 && colon - start <= 4 && end - start <= MAX_IPV6 + 1) {
      let run = text.slice(start, end).replace(/\.+$/, "");
      if (run.endsWith(":") && !run.endsWith("::")) run = run.slice(0, -1);
      if (isIpv6(run)) spans.push({ start, end: start + run.length });
    }
    colon = text.indexOf(":", end);
  }
  return spans;
}
