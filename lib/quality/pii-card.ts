import { digitsOf, type Span } from "./pii-span";

// Payment card numbers: 13 to 19 digits, written solid or in groups split by single
// spaces or dashes (the same one throughout), starting with a prefix an issuer uses,
// for a length that issuer uses, and passing the Luhn check. Each test alone lets
// plenty of order numbers and ids through; it takes all of them to keep those out.

const CARD = /(?<![\w.+\-]|\d[ -])(?:\d{13,19}|\d{4,6}([ -])\d{3,7}(?:\1\d{1,7}){0,3})(?![\w]|[.,\-]\d| \d)/g;

type Issuer = { from: number; to: number; digits: number; lengths: [number, number] };

// Prefix ranges compared on the first `digits` digits; lengths inclusive.
const ISSUERS: Issuer[] = [
  { from: 4, to: 4, digits: 1, lengths: [13, 19] }, // Visa
  { from: 51, to: 55, digits: 2, lengths: [16, 16] }, // Mastercard
  { from: 2221, to: 2720, digits: 4, lengths: [16, 16] }, // Mastercard 2-series
  { from: 34, to: 34, digits: 2, lengths: [15, 15] }, // American Express
  { from: 37, to: 37, digits: 2, lengths: [15, 15] },
  { from: 6011, to: 6011, digits: 4, lengths: [16, 19] }, // Discover
  { from: 644, to: 649, digits: 3, lengths: [16, 19] },
  { from: 65, to: 65, digits: 2, lengths: [16, 19] },
  { from: 62, to: 62, digits: 2, lengths: [16, 19] }, // UnionPay
  { from: 300, to: 305, digits: 3, lengths: [14, 19] }, // Diners Club
  { from: 36, to: 36, digits: 2, lengths: [14, 19] },
  { from: 38, to: 39, digits: 2, lengths: [16, 19] },
  { from: 3528, to: 3589, digits: 4, lengths: [16, 19] }, // JCB
  { from: 2200, to: 2204, digits: 4, lengths: [16, 19] }, // Mir
  { from: 5018, to: 5018, digits: 4, lengths: [13, 19] }, // Maestro
  { from: 5020, to: 5020, digits: 4, lengths: [13, 19] },
  { from: 5038, to: 5038, digits: 4, lengths: [13, 19] },
  { from: 5893, to: 5893, digits: 4, lengths: [13, 19] },
  { from: 6304, to: 6304, digits: 4, lengths: [13, 19] },
  { from: 6759, to: 6759, digits: 4, lengths: [13, 19] },
  { from: 6761, to: 6763, digits: 4, lengths: [13, 19] },
];

function hasIssuer(digits: string): boolean {
  return ISSUERS.some((i) => {
    const prefix = Number(digits.slice(0, i.digits));
    return prefix >= i.from && prefix <= i.to && digits.length >= i.lengths[0] && digits.length <= i.lengths[1];
  });
}

/** The Luhn (mod 10) check digit test every card number passes. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && hasIssuer(digits) && passesLuhn(digits);
}

// Four digits then three more, with at most one separator: every written card has that.
const GATE = /\d{4}[ -]?\d{3}/;

export function findCards(text: string): Span[] {
  const spans: Span[] = [];
  if (!GATE.test(text)) return spans;
  for (const m of text.matchAll(CARD)) {
    if (isCardNumber(digitsOf(m[0]))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
