import { digitsOf, type Span } from "./pii-span";

// Phone numbers. Digits alone say little (order numbers, ids, prices and ISBNs are
// digits too), so only the shapes people write phone numbers in are accepted:
//   international  +44 20 7946 0958, +1 (555) 123-4567, +14155552671, 0044 20 7946 0958
//   North American (555) 123-4567, 555-123-4567, 555.123.4567, 1-800-555-1234
//   trunk-prefixed 020 7946 0958, 01 23 45 67 89, 030/12345678, (02) 9876 5432
// A bare digit string without a "+" never counts. Groups are separated by exactly one
// character, so each candidate splits into groups one way only and a failed match
// cannot backtrack through many partitions.

const SEP = "[ .\\-]";
const INTERNATIONAL = `\\+\\d{1,15}(?:${SEP}?\\(\\d{1,4}\\)${SEP}?\\d{1,10})?(?:${SEP}\\d{1,10}){0,7}`;
const INTERNATIONAL_00 = `00[1-9]\\d{0,3}(?:${SEP}\\d{1,10}){1,6}`;
const NORTH_AMERICAN = `(?:1${SEP})?(?:\\(\\d{3}\\) ?|\\d{3}${SEP})\\d{3}${SEP}\\d{4}`;
const TRUNK = `(?:0[1-9]\\d{0,3}|\\(0[1-9]\\d{0,3}\\))(?:[ .\\-/]\\d{2,8}){1,4}`;

// Not glued to a longer token: no word character, sign, currency or number-joining
// punctuation just before, and no further digits just after ("555-123-4567-89",
// "1.555.123.4567.2" and "2024 555 123 4567" are something else).
const BEFORE = "(?<![\\w+.,\\-/$€£¥]|\\d )";
const AFTER = "(?!\\w|[.,\\-/]\\d| \\d)";
const PHONE = new RegExp(`${BEFORE}(?:(${INTERNATIONAL})|(${INTERNATIONAL_00})|(${NORTH_AMERICAN})|(${TRUNK}))${AFTER}`, "g");

// E.164 allows at most 15 digits; national numbers in the trunk form have 9 to 12.
const DIGITS: [min: number, max: number][] = [
  [8, 15],
  [10, 17],
  [10, 11],
  [9, 12],
];

// A date inside a candidate ("05.01.2024 12.30" would otherwise pass as a trunk number).
const DATE = /(?:^|\D)(?:(?:19|20)\d\d[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ](?:19|20)\d\d)(?:\D|$)/;

// Every form above has a "+" before a digit or two digits, a separator and two more
// digits: a cheap test that skips most prose before the full pattern runs.
const GATE = /\+\d|\d\d[ .\-/)] ?\d\d/;

export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  if (!GATE.test(text)) return spans;
  for (const m of text.matchAll(PHONE)) {
    const form = m.slice(1).findIndex((g) => g !== undefined);
    const digits = digitsOf(m[0]).length;
    const [min, max] = DIGITS[form];
    if (digits < min || digits > max || DATE.test(m[0])) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
