import { describe, expect, it } from "vitest";
import { uploadChunks, uploadQuery } from "./upload-body";
import { AppError } from "../errors";

async function drain(req: Request, limit: number) {
  let bytes = 0;
  for await (const c of uploadChunks(req, limit)) bytes += c.length;
  return bytes;
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://x/api/v1/datasets/d/imports?filename=a%20b.jsonl", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("uploadChunks", () => {
  it("streams a body within the limit", async () => {
    expect(await drain(post("x".repeat(100)), 1000)).toBe(100);
  });

  it("answers 413 when the body is over the limit, even without a Content-Length", async () => {
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new Uint8Array(400));
        c.close();
      },
    });
    const e = await drain(post(stream), 1000).catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e.status).toBe(413);
    expect(e.message).toMatch(/TUNESET_MAX_UPLOAD_BYTES/);
  });

  it("refuses multipart forms with a hint to send the raw file", async () => {
    const e = await drain(post("--x", { "content-type": "multipart/form-data; boundary=x" }), 1000).catch((x) => x);
    expect(e.status).toBe(415);
  });

  it("takes the file name from the query string, without path separators", () => {
    expect(uploadQuery(post("")).filename).toBe("a b.jsonl");
    expect(uploadQuery(new Request("http://x/?filename=..%2F..%2Fetc")).filename).toBe(".._.._etc");
  });

  it("decodes the name once, and a stray percent sign is part of it rather than an error", () => {
    expect(uploadQuery(new Request("http://x/?filename=100%25.jsonl")).filename).toBe("100%.jsonl");
    expect(uploadQuery(new Request("http://x/?filename=%")).filename).toBe("%");
    expect(uploadQuery(new Request("http://x/", { headers: { "x-filename": "50%off.jsonl" } })).filename).toBe("50%off.jsonl");
    expect(uploadQuery(new Request("http://x/", { headers: { "x-filename": "caf%C3%A9.jsonl" } })).filename).toBe("café.jsonl");
  });

  it("caps a long name at 255 bytes of UTF-8 and names a missing one", () => {
    const long = uploadQuery(new Request(`http://x/?filename=${encodeURIComponent("é".repeat(400) + ".jsonl")}`)).filename;
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long.endsWith("….jsonl")).toBe(true);
    expect(uploadQuery(new Request("http://x/")).filename).toBe("upload.jsonl");
  });

  it("takes the id of an import to resume, and nothing else there", () => {
    expect(uploadQuery(new Request("http://x/?resume=cmabc123")).resume).toBe("cmabc123");
    expect(() => uploadQuery(new Request("http://x/?resume=..%2Fx"))).toThrow(/interrupted import/);
  });
});
