import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies } from "./client-address";
import { expectMapping } from "../test/expect-mapping";

const none = parseTrustedProxies(undefined);

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", "1.1.1.1", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "1.1.1.1, 2.2.2.2", none)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", undefined, none)).toBe("127.0.0.1");
  });

  it("ignores the header from a peer that is not a trusted proxy", () => {
    const trusted = parseTrustedProxies("10.0.0.5");
    expect(clientAddress("10.0.0.6", "198.51.100.1", trusted)).toBe("10.0.0.6");
  });

  it("takes the last untrusted hop through trusted proxies, not the leftmost one the client wrote", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.10");
    // The client wrote "6.6.6.6"; the first proxy appended what it saw: 198.51.100.9.
    expect(clientAddress("192.168.1.10", "6.6.6.6, 198.51.100.9, 10.1.2.3", trusted)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.1", "198.51.100.9", trusted)).toBe("198.51.100.9");
  });

  it("stops at a hop that is no address, keeping the last one vouched for", () => {
    const trusted = parseTrustedProxies("10.0.0.1");
    expect(clientAddress("10.0.0.1", "garbage", trusted)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "", trusted)).toBe("10.0.0.1");
    expect(clientAddress(undefined, "1.2.3.4", trusted)).toBe("unknown");
  });

  it("matches IPv6 ranges and IPv4-mapped peers", () => {
    const trusted = parseTrustedProxies("fd00::/8,127.0.0.1");
    expect(clientAddress("fd12::1", "2001:DB8::42", trusted)).toBe("2001:db8::42");
    expect(clientAddress("::ffff:127.0.0.1", "[2001:db8::1]:443", trusted)).toBe("2001:db8::1");
  });
});

describe("TUNESET_TRUSTED_PROXIES", () => {
  it("accepts addresses and CIDR ranges, with spaces", () => {
    const t = parseTrustedProxies(" 10.0.0.0/8 , ::1 ,192.168.0.1/32");
    expect(t.entries).toEqual(["10.0.0.0/8", "::1", "192.168.0.1/32"]);
    expect(t.has("10.200.1.1")).toBe(true);
    expect(t.has("::1")).toBe(true);
    expect(t.has("192.168.0.2")).toBe(false);
    expect(parseTrustedProxies("").entries).toEqual([]);
  });

  it("refuses anything else, naming the entry", () => {
    for (const bad of ["10.0.0.0/33", "proxy.local", "10.0.0.1/8/2", "::1/129", "10.0.0.0/x", "1.2.3"]) {
      expect(() => parseTrustedProxies(`127.0.0.1,${bad}`)).toThrow(`"${bad}" is not an IP address or CIDR range`);
    }
  });
});

describe("normalizeAddress", () => {
  it("drops ports and brackets, unwraps IPv4-mapped addresses and refuses names", () => {
    expectMapping(normalizeAddress, { "10.0.0.1:8080": "10.0.0.1", "[::1]": "::1", "::FFFF:10.0.0.1": "10.0.0.1", localhost: "" });
    expect(normalizeAddress(undefined)).toBe("");
  });
});
