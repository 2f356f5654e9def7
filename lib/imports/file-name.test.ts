import { describe, expect, it } from "vitest";
import { capFileName, MAX_FILE_NAME_BYTES } from "./file-name";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

describe("capFileName", () => {
  it("keeps an ordinary name as it is", () => {
    expect(capFileName("support chats.jsonl")).toBe("support chats.jsonl");
    expect(capFileName("x".repeat(249) + ".jsonl")).toHaveLength(255);
  });

  it("cuts a long name to 255 bytes, keeping the extension", () => {
    const name = capFileName("a".repeat(1000) + ".jsonl");
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^a+…\.jsonl$/);
  });

  it("never splits a multi-byte character or a surrogate pair", () => {
    for (const ch of ["é", "✓", "😀"]) {
      const name = capFileName(ch.repeat(300) + ".jsonl");
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name).not.toContain("\ufffd");
      expect(name.replace(/…\.jsonl$/, "")).toBe(ch.repeat([...name.replace(/…\.jsonl$/, "")].length));
    }
  });

  it("cuts a long name without an extension too", () => {
    const name = capFileName("ü".repeat(200));
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith("…")).toBe(true);
  });

  it("replaces path separators and control characters, and names an empty one", () => {
    expect(capFileName("../../etc/passwd")).toBe(".._.._etc_passwd");
    expect(capFileName("a\u0000b\nc.jsonl")).toBe("a b c.jsonl");
    expect(capFileName("  ")).toBe("upload.jsonl");
  });
});
