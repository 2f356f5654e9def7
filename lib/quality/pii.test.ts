import { describe, expect, it } from "vitest";
import { passesLuhn } from "./pii-card";
import { findPii, redactText } from "./pii";

/** What was found, as [kind, matched text] pairs. */
const found = (text: string) => findPii(text).map((m) => [m.kind, text.slice(m.start, m.end)]);
const kindsIn = (text: string) => findPii(text).map((m) => m.kind);
/** Expects exactly these matches in text, all of one kind, in order. */
const expectFinds = (text: string, kind: string, ...matches: string[]) => expect(found(text)).toEqual(matches.map((match) => [kind, match]));

describe("findPii: e-mail addresses", () => {
  it("finds addresses with subdomains, tags and dots", () => {
    expectFinds("Write to john.doe+news@mail.example.co.uk, or jane_d@example.org.", "email", "john.doe+news@mail.example.co.uk", "jane_d@example.org");
  });

  it("leaves handles, decorators, scoped packages, image scale suffixes and Git remotes alone", () => {
    const texts = ["ping @alice about it", "@Component({ selector })", "npm i @types/node", "logo@2x.png and logo@3x.webp", "a@b"];
    for (const text of [...texts, "git clone git@github.com:org/repo.git"]) {
      expect(kindsIn(text)).toEqual([]);
    }
  });
});

describe("findPii: phone numbers", () => {
  it.each([
    "+44 20 7946 0958",
    "+1 (555) 123-4567",
    "+14155552671",
    "+33 1 23 45 67 89",
    "+44 (0)20 7946 0958",
    "0044 20 7946 0958",
    "(555) 123-4567",
    "555-123-4567",
    "555.123.4567",
    "1-800-555-1234",
    "020 7946 0958",
    "01 23 45 67 89",
    "030/12345678",
    "(02) 9876 5432",
  ])("finds %s", (phone) => {
    expectFinds(`Call me on ${phone}, thanks.`, "phone", phone);
  });

  it.each([
    ["a date", "Released on 2024-01-15 and 15.01.2024"],
    ["a date and a time", "Meet 05.01.2024 12.30 or at 12:30:45"],
    ["a version", "Windows 10.0.19041.1234 and v2.14.1"],
    ["an order number", "Order 1234567890 and id 0123456789 shipped"],
    ["prices", "It costs $1,234.56 or 1.234.567,89 € or 12 345 678,90 zł"],
    ["ISBNs", "ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2"],
    ["a social security shape", "SSN 123-45-6789"],
    ["a year and page range", "Smith (2019) 345-367"],
    ["a longer digit run", "555-123-4567-89 and 555 123 4567 89"],
  ])("ignores %s", (_what, text) => {
    expect(kindsIn(text)).toEqual([]);
  });
});

describe("findPii: credit card numbers", () => {
  it.each(["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5555555555554444", "3782 822463 10005", "6011 1111 1111 1117"])(
    "finds %s",
    (card) => {
      expectFinds(`Card: ${card}.`, "credit_card", card);
    },
  );

  it("rejects numbers that fail the Luhn check, have no issuer, or mix separators", () => {
    expect(kindsIn("Card: 4111 1111 1111 1112")).toEqual([]);
    expect(kindsIn("Tracking 1234567812345670")).toEqual([]); // passes Luhn, but no issuer starts with 1
    expect(kindsIn("4111 1111-1111 1111")).toEqual([]);
    expect(kindsIn("4111  1111  1111  1111")).toEqual([]);
  });

  it("runs the Luhn check", () => {
    expect(passesLuhn("79927398713")).toBe(true);
    expect(passesLuhn("79927398710")).toBe(false);
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("4111111111111121")).toBe(false);
    expect(passesLuhn("4111x")).toBe(false);
  });
});

describe("findPii: IP addresses", () => {
  it("finds IPv4 addresses", () => {
    expectFinds("Server at 192.168.1.20:8080 and 8.8.8.8.", "ip_address", "192.168.1.20", "8.8.8.8");
  });

  it("ignores out-of-range octets, longer dotted runs, versions and addresses that name no one", () => {
    const text = "999.1.1.1, 1.2.3.4.5, v1.2.3.4, version 1.0.0.0, 127.0.0.1, 0.0.0.0, mask 255.255.255.0";
    expect(kindsIn(text)).toEqual([]);
  });

  it.each(["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8::1", "fe80::1ff:fe23:4567:890a", "::ffff:192.168.1.1"])("finds IPv6 %s", (ip) => {
    expectFinds(`Host ${ip}.`, "ip_address", ip);
  });

  it("ignores '::' alone, loopback, times, MAC addresses and code paths", () => {
    const text = "Use :: or ::1 at 12:30:45 on 00:1A:2B:3C:4D:5E; std::vector and a::b::c and x::y";
    expect(kindsIn(text)).toEqual([]);
  });
});

describe("findPii: API keys and secrets", () => {
  it.each([
    ["OpenAI", "sk-Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh"],
    ["OpenAI project", "sk-proj-Ab3dEfGhIjKlMnOp_QrStUvWx-Yz0123456789"],
    ["OpenAI service account", "sk-svcacct-Ab3dEfGhIjKlMnOpQrStUvWxYz0123"],
    ["Anthropic", "sk-ant-api03-Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789-AbCd"],
    ["GitHub", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"],
    ["GitHub fine-grained", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEF"],
    ["Slack", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"],
    ["AWS", "AKIAIOSFODNN7EXAMPLE"],
    ["Google", "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"],
    ["GitLab", "glpat-AbCdEfGh1234567890xyz"],
    ["Hugging Face", "hf_AbCdEfGhIjKlMnOpQrStUvWxYz12345678"],
    ["Stripe", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"],
    ["JWT", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
  ])("finds a %s key", (_issuer, key) => {
    expectFinds(`export KEY="${key}"`, "secret", key);
  });

  it("finds a PEM private key block, and one cut off before its end line", () => {
    const block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----";
    expect(found(`Key:\n${block}\nKeep it safe.`)).toEqual([["secret", block]]);
    const cut = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC";
    expect(found(`${cut}\n`)).toEqual([["secret", cut]]);
  });

  it("leaves words that share a prefix alone", () => {
    const text = "pip install sk-learn; see the task-list; sk-abcdefghijklmnopqrstuvwxyz; hf_hub_download; ghp_short; AKIA123; xoxb-not-a-token-here";
    expect(kindsIn(text)).toEqual([]);
    expect(kindsIn("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----")).toEqual([]);
  });
});

describe("findPii: overlaps and odd input", () => {
  it("keeps the more specific finding when two overlap", () => {
    // Each inner part would be found on its own.
    const pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n4111111111111111\n-----END PRIVATE KEY-----";
    expect(found(pem)).toEqual([["secret", pem]]);
    expect(found("mail +1-555-123-4567@example.com")).toEqual([["email", "+1-555-123-4567@example.com"]]);
    expect(found("+1-555-123-4567@")).toEqual([["phone", "+1-555-123-4567"]]);
  });

  it("returns matches in order", () => {
    const text = "ip 10.0.0.5, mail a.b@example.com, phone +44 20 7946 0958, card 4111111111111111";
    expect(kindsIn(text)).toEqual(["ip_address", "email", "phone", "credit_card"]);
  });

  it("accepts anything without throwing", () => {
    for (const value of [undefined, null, 42, {}, [], ""]) expect(findPii(value as unknown as string)).toEqual([]);
  });
});

describe("redactText", () => {
  it("replaces each finding with its placeholder and counts them", () => {
    const r = redactText("Mail a@example.com or b@example.com, call +1 555 123 4567, key AKIAIOSFODNN7EXAMPLE.");
    expect(r.text).toBe("Mail [EMAIL] or [EMAIL], call [PHONE], key [SECRET].");
    expect(r.counts).toEqual({ email: 2, phone: 1, secret: 1 });
  });

  it("returns the text itself when there is nothing to redact", () => {
    const text = "Nothing personal in here, version 1.2.3 on 2024-01-15.";
    expect(redactText(text)).toEqual({ text, counts: {} });
  });
});
