import { describe, expect, it } from "vitest";
import { uploadChunks, uploadFileName } from "./upload-body";
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
    expect(uploadFileName(post(""))).toBe("a b.jsonl");
    expect(uploadFileName(new Request("http://x/?filename=..%2F..%2Fetc"))).toBe(".._.._etc");
  });
});
