import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin";
import { markClientHeadersStamped } from "../auth/client-headers";

const post = (headers: Record<string, string>) => new Request("http://ignored.invalid/api/v1/datasets", { method: "POST", headers });
const refused = (headers: Record<string, string>) => expect(() => assertSameOrigin(post(headers))).toThrow(/another site/);
const allowed = (headers: Record<string, string>) => expect(() => assertSameOrigin(post(headers))).not.toThrow();

beforeAll(markClientHeadersStamped);
afterEach(() => {
  delete process.env.TUNESET_PUBLIC_URL;
});

describe("the same-origin check", () => {
  it("allows its own origin, and requests without Origin (scripts, the CLI)", () => {
    allowed({ host: "tuneset.lan:3000", origin: "http://tuneset.lan:3000" });
    allowed({ host: "tuneset.lan", origin: "http://tuneset.lan:80" });
    allowed({ host: "tuneset.lan:3000" });
  });

  it("refuses the same host on another port or scheme, and opaque origins", () => {
    refused({ host: "tuneset.lan:3000", origin: "http://tuneset.lan:8080" });
    refused({ host: "tuneset.lan:3000", origin: "https://tuneset.lan:3000" });
    refused({ host: "tuneset.lan", origin: "null" });
    refused({ host: "tuneset.lan", origin: "https://evil.example" });
  });

  it("ignores X-Forwarded-Host and -Proto from a peer that is not a trusted proxy", () => {
    refused({ host: "tuneset.lan:3000", "x-forwarded-host": "evil.example", origin: "http://evil.example", "x-tuneset-proxied": "0" });
    refused({ host: "tuneset.lan", "x-forwarded-proto": "https", origin: "https://tuneset.lan" });
  });

  it("believes them from a trusted proxy", () => {
    const proxied = { host: "10.0.0.2:3000", "x-forwarded-host": "data.example.com", "x-forwarded-proto": "https", "x-tuneset-proxied": "1" };
    allowed({ ...proxied, origin: "https://data.example.com" });
    refused({ ...proxied, origin: "http://data.example.com" });
    refused({ ...proxied, origin: "http://10.0.0.2:3000" });
  });

  it("allows TUNESET_PUBLIC_URL's origin, for a proxy that passes the Host through", () => {
    process.env.TUNESET_PUBLIC_URL = "https://data.example.com/";
    allowed({ host: "data.example.com", origin: "https://data.example.com" });
    refused({ host: "data.example.com", origin: "https://data.example.com:8443" });
  });
});
