import { BlockList, isIP } from "node:net";

// Which address a request comes from, for the sign-in limits and the same-origin check.
// The socket's peer is the one fact a client cannot choose. X-Forwarded-For is believed
// only when the peer is a proxy named in TUNESET_TRUSTED_PROXIES, and then read from the
// right: each trusted hop vouches for the address before it, and the first address that
// is not a trusted proxy is the client (whatever stands further left, the client wrote).

export type TrustedProxies = { readonly entries: readonly string[]; has: (address: string) => boolean };

/** "::ffff:10.0.0.1" and "10.0.0.1:5123" → "10.0.0.1", IPv6 lower-cased, "" for anything that is not an address. */
export function normalizeAddress(raw: string | undefined): string {
  let a = (raw ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
  if (v4WithPort) a = v4WithPort[1];
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  if (mapped) a = mapped[1];
  const family = isIP(a);
  if (!family) return "";
  return family === 6 ? a.toLowerCase() : a;
}

const familyOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The proxies named in a comma-separated list of addresses and CIDR ranges (the value of
 * TUNESET_TRUSTED_PROXIES). Throws, naming the entry, on anything else: a typo here
 * would otherwise quietly trust nobody, or everybody.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...extra] = entry.split("/");
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const bits = prefix === undefined ? maxBits : Number(prefix);
    if (!family || extra.length || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) || bits > maxBits) {
      throw new Error(
        `"${entry}" is not an IP address or CIDR range. List the addresses of the proxies in front of Tuneset, separated by commas, such as 10.0.0.5,192.168.1.0/24,fd00::/8.`,
      );
    }
    list.addSubnet(address, bits, familyOf(address));
  }
  return {
    entries,
    has(address) {
      const a = normalizeAddress(address);
      return a !== "" && list.check(a, familyOf(a));
    },
  };
}

/**
 * The client's address: the peer's, or, when the peer is a trusted proxy, the first
 * address from the right of X-Forwarded-For that is not a trusted proxy. "unknown" when
 * the peer is no address at all.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  let client = normalizeAddress(peer);
  if (!client) return "unknown";
  const hops = (forwardedFor ?? "").split(",");
  for (let i = hops.length - 1; i >= 0 && trusted.has(client); i--) {
    const hop = normalizeAddress(hops[i]);
    // A hop that is no address ends the chain: the last address vouched for stands.
    if (!hop) break;
    client = hop;
  }
  return client;
}
