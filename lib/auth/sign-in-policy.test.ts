import { describe, expect, it } from "vitest";
import { limiterAddress, limiterEmail, SIGN_IN_LIMITS, signInWaitMs, tooManySignIns, type RecentFailures } from "./sign-in-policy";
import { expectMapping } from "../test/expect-mapping";

const NOW = 10_000_000;
const WINDOW = SIGN_IN_LIMITS.windowMs;
/** `n` failures, one every 30 seconds, the newest 30 seconds ago (newest first). */
const failures = (n: number) => Array.from({ length: n }, (_, i) => NOW - (i + 1) * 30_000);
const recent = (r: Partial<RecentFailures>): RecentFailures => ({ accountAndAddress: [], address: [], accountFromNewAddresses: [], knownAddress: false, ...r });

describe("the sign-in policy", () => {
  it("stops one account from one address after five failures, until the oldest of them leaves the window", () => {
    expect(signInWaitMs(recent({ accountAndAddress: failures(4) }), NOW)).toBe(0);
    const five = failures(5);
    expect(signInWaitMs(recent({ accountAndAddress: five }), NOW)).toBe(five[4] + WINDOW - NOW);
    expect(signInWaitMs(recent({ accountAndAddress: five }), five[4] + WINDOW)).toBe(0);
  });

  it("stops an address after twenty failures on any accounts", () => {
    expect(signInWaitMs(recent({ address: failures(19) }), NOW)).toBe(0);
    expect(signInWaitMs(recent({ address: failures(20) }), NOW)).toBe(failures(20)[19] + WINDOW - NOW);
  });

  it("stops new addresses after thirty failures on one account from everywhere, but not an address it signs in from", () => {
    const many = failures(14).concat(failures(14), failures(2));
    many.sort((a, b) => b - a);
    expect(signInWaitMs(recent({ accountFromNewAddresses: many }), NOW)).toBeGreaterThan(0);
    expect(signInWaitMs(recent({ accountFromNewAddresses: many, knownAddress: true }), NOW)).toBe(0);
    expect(signInWaitMs(recent({ accountFromNewAddresses: many.slice(1) }), NOW)).toBe(0);
  });

  it("waits for the strictest rule", () => {
    const r = recent({ accountAndAddress: failures(5), address: [NOW - 1000, ...failures(19)] });
    expect(signInWaitMs(r, NOW)).toBe(failures(5)[4] + WINDOW - NOW);
  });

  it("says how many minutes, never zero", () => {
    expect(tooManySignIns(1)).toBe("Too many failed sign-ins. Try again in 1 minute, or ask an admin for a reset link.");
    expect(tooManySignIns(14 * 60_000 + 1)).toMatch(/in 15 minutes/);
  });
});

describe("the limiter's keys", () => {
  it("counts an IPv6 address by its /64 and an IPv4 address as it is", () => {
    expectMapping(limiterAddress, {
      "2001:db8:0:1:aaaa::1": "2001:db8:0:1::/64",
      "2001:db8:0:1:bbbb:cccc:dddd:eeee": "2001:db8:0:1::/64",
      "2001:DB8::1": "2001:db8:0:0::/64",
      "::1": "0:0:0:0::/64",
    });
    for (const kept of ["203.0.113.9", "unknown"]) expect(limiterAddress(kept)).toBe(kept);
  });

  it("counts an account by its e-mail however it is typed", () => {
    expect(limiterEmail("  Ann@Example.COM ")).toBe("ann@example.com");
    expect(limiterEmail(undefined)).toBe("");
    expect(limiterEmail("x".repeat(1000))).toHaveLength(320);
  });
});
