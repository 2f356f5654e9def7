import { AppError } from "../errors";
import { env } from "../env";

// A file upload is the raw request body, streamed: nothing holds the whole file.

export function uploadFileName(req: Request): string {
  const url = new URL(req.url);
  const name = url.searchParams.get("filename") ?? req.headers.get("x-filename") ?? "upload.jsonl";
  return decodeURIComponent(name).replace(/[\\/]/g, "_").slice(0, 255) || "upload.jsonl";
}

export async function* uploadChunks(req: Request, limit = env().TUNESET_MAX_UPLOAD_BYTES): AsyncGenerator<Uint8Array> {
  const type = req.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the JSONL file as the raw request body (curl --data-binary @file.jsonl), not as a multipart form.",
    );
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!req.body) return;
  let seen = 0;
  for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
    seen += chunk.length;
    if (seen > limit) throw tooLarge(limit);
    yield chunk;
  }
}

function tooLarge(limit: number) {
  return new AppError(
    "too_large",
    `The file is larger than this server accepts (${Math.round(limit / 1024 / 1024)} MB). Split it, or raise TUNESET_MAX_UPLOAD_BYTES.`,
  );
}
