import { describe, expect, it } from "vitest";
import { createSignInLimiter } from "./sign-in-limiter";

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe("the sign-in limiter", () => {
  it("stops an account after five failures in fifteen minutes, from any address", () => {
    const c = clock();
    const limiter = createSignInLimiter({ windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 }, c.now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.waitMinutes("ann@example.com", `10.0.0.${i}`)).toBe(0);
      limiter.failed("ann@example.com", `10.0.0.${i}`);
    }
    expect(limiter.waitMinutes("ANN@example.com", "10.9.9.9")).toBe(15);
    expect(limiter.waitMinutes("bob@example.com", "10.9.9.9")).toBe(0);
    c.advance(15 * 60_000 + 1);
    expect(limiter.waitMinutes("ann@example.com", "10.9.9.9")).toBe(0);
  });

  it("stops an address trying many accounts", () => {
    const c = clock();
    const limiter = createSignInLimiter({ windowMs: 60_000, perAccount: 5, perAddress: 3 }, c.now);
    for (const who of ["a@x.io", "b@x.io", "c@x.io"]) limiter.failed(who, "1.2.3.4");
    expect(limiter.waitMinutes("d@x.io", "1.2.3.4")).toBe(1);
    expect(limiter.waitMinutes("d@x.io", "5.6.7.8")).toBe(0);
  });

  it("forgets an account's failures after a correct password", () => {
    const limiter = createSignInLimiter({ windowMs: 60_000, perAccount: 2, perAddress: 10 });
    limiter.failed("a@x.io", "1.1.1.1");
    limiter.failed("a@x.io", "1.1.1.1");
    expect(limiter.waitMinutes("a@x.io", "2.2.2.2")).toBeGreaterThan(0);
    limiter.succeeded("a@x.io");
    expect(limiter.waitMinutes("a@x.io", "2.2.2.2")).toBe(0);
  });
});
