import { isIP } from "node:net";

// When a sign-in must wait, from the failures the limiter has counted. Three rules, over
// one fifteen-minute window:
//  - one account from one address: 5 failures, then that address waits for that account;
//  - one address: 20 failures on any accounts, then it waits for all of them;
//  - one account from addresses it has not signed in from lately: 30, then such
//    addresses wait for it (a password guessed from many machines at once).
// No rule lets failures from one place lock an account out of an address it signs in
// from: someone guessing the admin's password from elsewhere cannot keep the admin out.

export type SignInLimits = {
  windowMs: number;
  perAccountAndAddress: number;
  perAddress: number;
  perAccountFromNewAddresses: number;
  /** How long a successful sign-in makes its address one the account "signs in from". */
  knownAddressMs: number;
};

export const SIGN_IN_LIMITS: SignInLimits = {
  windowMs: 15 * 60_000,
  perAccountAndAddress: 5,
  perAddress: 20,
  perAccountFromNewAddresses: 30,
  knownAddressMs: 30 * 24 * 3600_000,
};

/** Failure times (ms) within the window, newest first, for each rule. */
export type RecentFailures = {
  accountAndAddress: number[];
  address: number[];
  accountFromNewAddresses: number[];
  /** The account signed in from this address within knownAddressMs. */
  knownAddress: boolean;
};

/** Milliseconds until the attempt may be made, 0 when it may be made now. */
export function signInWaitMs(recent: RecentFailures, now: number, limits: SignInLimits = SIGN_IN_LIMITS): number {
  const rules: [number[], number][] = [
    [recent.accountAndAddress, limits.perAccountAndAddress],
    [recent.address, limits.perAddress],
  ];
  if (!recent.knownAddress) rules.push([recent.accountFromNewAddresses, limits.perAccountFromNewAddresses]);
  // A rule holds until the oldest of its last `limit` failures leaves the window.
  const waits = rules.map(([times, limit]) => (times.length < limit ? 0 : times[limit - 1] + limits.windowMs - now));
  return Math.max(0, ...waits);
}

export const waitMinutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** What the person signing in reads when they must wait. */
export function tooManySignIns(ms: number): string {
  const minutes = waitMinutes(ms);
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an admin for a reset link.`;
}

/**
 * The address as the limiter counts it: an IPv6 address by its /64, since one machine
 * usually holds a whole /64 and could otherwise try from a new address every time.
 */
export function limiterAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The account's key: the e-mail as typed, trimmed and lower-cased, and never longer than an address can be. */
export const limiterEmail = (email: unknown) => (typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "");
