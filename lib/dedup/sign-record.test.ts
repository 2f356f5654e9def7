import { describe, expect, it } from "vitest";
import { lshParams } from "./lsh";
import { bodyShingles, parseBody, signBody } from "./sign-record";

const lsh = lshParams(0.8);
const body = (user: string, assistant: string) =>
  JSON.stringify({
    messages: [
      { role: "user", content: user },
      { role: "assistant", content: assistant },
    ],
  });

function sign(text: string, scope: "conversation" | "user" | "assistant" = "conversation") {
  const bands = new Uint32Array(lsh.bands + 2).fill(9);
  const sig = signBody(text, { scope, lsh }, bands, 1);
  return { ...sig, bands: [...bands.subarray(1, 1 + lsh.bands)], outside: [bands[0], bands[lsh.bands + 1]] };
}

describe("parseBody", () => {
  it("reads chat and preference bodies and nothing else", () => {
    expect(parseBody(body("q", "a"))).toEqual({
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", content: "a" },
      ],
    });
    expect(parseBody('{"input":{"messages":[]}}')).not.toBeNull();
    expect(parseBody('{"messages":')).toBeNull();
    expect(parseBody('{"prompt":"q"}')).toBeNull();
    expect(parseBody("null")).toBeNull();
  });
});

describe("signBody", () => {
  it("gives copies that differ only in case and spacing the same key and bands", () => {
    const a = sign(body("What is the capital of France?", "Paris is the capital."));
    const b = sign(body("what is the capital of france ?", "PARIS  is the capital ."));
    expect(a.empty).toBe(false);
    expect(b).toEqual(a);
    expect(a.outside).toEqual([9, 9]); // writes only its own bands
  });

  it("gives different texts different keys", () => {
    const a = sign(body("What is the capital of France?", "Paris."));
    const b = sign(body("What is the capital of Spain?", "Madrid."));
    expect([b.keyHi, b.keyLo]).not.toEqual([a.keyHi, a.keyLo]);
  });

  it("marks unreadable bodies and empty scopes as empty, with zeroed bands", () => {
    for (const s of [sign("not json"), sign(body("", "  "), "conversation"), sign(body("", "Hello there."), "user"), sign(body("?!", "Hi."), "user")]) {
      expect(s.empty).toBe(true);
      expect(s.bands.every((k) => k === 0)).toBe(true);
    }
  });
});

describe("bodyShingles", () => {
  it("reads the shingles of the chosen scope, none for an unreadable body", () => {
    const text = body("What is the capital of France?", "Paris is the capital.");
    expect(bodyShingles(text, "user").length).toBe(4);
    expect(bodyShingles(text, "conversation").length).toBe(4 + 2);
    expect(bodyShingles("{", "conversation")).toHaveLength(0);
  });
});
