import { describe, expect, it } from "vitest";
import { multipartBoundary, parseMultipart } from "./multipart";

// Bodies as Node's own fetch encodes a FormData (the way the SDK sends uploads).
async function encode(form: FormData) {
  const req = new Request("http://x/", { method: "POST", body: form });
  return { contentType: req.headers.get("content-type") ?? "", body: Buffer.from(await req.arrayBuffer()) };
}

describe("multipart/form-data", () => {
  it("reads each field's name, the file's name, type and exact bytes", async () => {
    const form = new FormData();
    form.append("purpose", "fine-tune");
    const bytes = Buffer.from('{"a":1}\r\n{"b":"\\r\\n--not a boundary"}\n', "utf8");
    form.append("file", new Blob([bytes], { type: "application/jsonl" }), 'my "data".jsonl');
    const { contentType, body } = await encode(form);
    const parts = parseMultipart(body, multipartBoundary(contentType)!);
    expect(parts?.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ["purpose", null, null],
      ["file", 'my "data".jsonl', "application/jsonl"],
    ]);
    expect(parts?.[0].data.toString()).toBe("fine-tune");
    expect(parts?.[1].data.equals(bytes)).toBe(true);
  });

  it("keeps an empty file empty", async () => {
    const form = new FormData();
    form.append("file", new Blob([]), "empty.jsonl");
    const { contentType, body } = await encode(form);
    expect(parseMultipart(body, multipartBoundary(contentType)!)?.[0].data.length).toBe(0);
  });

  it("finds the boundary only in a multipart/form-data content type, quoted or not", () => {
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(multipartBoundary("Multipart/Form-Data; charset=utf-8; boundary=xyz")).toBe("xyz");
    expect(multipartBoundary("application/json")).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it("answers null for a body that is cut short or has no boundary", () => {
    const whole = Buffer.from('--b\r\ncontent-disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n--b--\r\n');
    expect(parseMultipart(whole, "b")?.[0].data.toString()).toBe("fine-tune");
    expect(parseMultipart(whole.subarray(0, 40), "b")).toBeNull();
    expect(parseMultipart(Buffer.from("purpose=fine-tune"), "b")).toBeNull();
    expect(parseMultipart(Buffer.from("--b\r\ncontent-disposition: form-data\r\n\r\nx\r\n--b--"), "b")).toBeNull();
  });
});
