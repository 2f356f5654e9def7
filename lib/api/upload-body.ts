import { AppError } from "../errors";
import { env } from "../env";
import { ImportQuerySchema, type ImportQuery } from "../validation/import-request";

// A file upload is the raw request body, streamed: nothing holds the whole file.

/** The upload's query; the file name may also come in an X-Filename header (percent-encoded or not). */
export function uploadQuery(req: Request): ImportQuery {
  const url = new URL(req.url);
  const header = req.headers.get("x-filename");
  return ImportQuerySchema.parse({
    filename: url.searchParams.get("filename") ?? (header === null ? undefined : decodeLeniently(header)),
    resume: url.searchParams.get("resume") ?? undefined,
  });
}

/** The query string is decoded once already; a header may be percent-encoded, or may hold a stray "%". */
function decodeLeniently(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export async function* uploadChunks(req: Request, limit = env().TUNESET_MAX_UPLOAD_BYTES): AsyncGenerator<Uint8Array> {
  const type = req.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    throw new AppError("unsupported_media_type", "Send the JSONL file as the raw request body (curl --data-binary @file.jsonl), not as a multipart form.");
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
