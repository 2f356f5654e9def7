import { UPLOAD_PURPOSES, type FileStore } from "./file-store";
import { multipartBoundary, parseMultipart } from "./multipart";
import { errorBody, InvalidRequest } from "./openai-errors";
import { listWithEnds, queryPage } from "./pagination";
import { checkInteger, checkOneOf, missing, unrecognized } from "./param-checks";
import { json, type Middleware, type Router, type StandInRequest } from "./router";

// The Files endpoints as the spec describes them (CreateFileRequest, OpenAIFile,
// ListFilesResponse, DeleteFileResponse), mounted under a prefix (/v1 for OpenAI,
// /openai for Azure). Uploads are multipart/form-data with `file` and `purpose`.

export type Upload = { filename: string; purpose: string; content: Buffer; expiresAfterSeconds?: number };

const FIELDS = ["file", "purpose", "expires_after[anchor]", "expires_after[seconds]"];

/** Purposes whose contents the provider does not hand back. */
const NOT_DOWNLOADABLE = ["fine-tune", "assistants"];

/** Reads and checks an upload, in the provider's words when it is wrong. */
export function parseUpload(contentType: string | undefined, body: Buffer): Upload {
  const boundary = multipartBoundary(contentType);
  if (!boundary) {
    throw new InvalidRequest(
      `Invalid Content-Type header (${contentType ?? "none"}), expected multipart/form-data. (HINT: If you're using curl, you can pass -H 'Content-Type: multipart/form-data')`,
      null,
      null,
    );
  }
  const parts = parseMultipart(body, boundary);
  if (!parts) throw new InvalidRequest("Could not parse the multipart form data of your request.", null, null);
  const extra = parts.find((p) => !FIELDS.includes(p.name));
  if (extra) throw unrecognized(extra.name);
  const field = (name: string) => parts.find((p) => p.name === name);
  const file = field("file");
  if (!file || file.filename === null) throw missing("file");
  const purposePart = field("purpose");
  if (!purposePart) throw missing("purpose");
  const purpose = purposePart.data.toString("utf8");
  if (!(UPLOAD_PURPOSES as readonly string[]).includes(purpose)) {
    throw new InvalidRequest(`'${purpose}' is not one of [${UPLOAD_PURPOSES.map((p) => `'${p}'`).join(", ")}] - 'purpose'`, "purpose", "invalid_value");
  }
  if (purpose === "fine-tune" && !file.filename.toLowerCase().endsWith(".jsonl")) {
    throw new InvalidRequest(`Invalid file format for Fine-Tuning API. Must be .jsonl (got '${file.filename}').`, "file", "invalid_file_format");
  }
  const anchor = field("expires_after[anchor]");
  const seconds = field("expires_after[seconds]");
  if (!anchor !== !seconds) throw missing(anchor ? "expires_after[seconds]" : "expires_after[anchor]");
  if (anchor && seconds) {
    checkOneOf("expires_after.anchor", anchor.data.toString("utf8"), ["created_at"]);
    const s = Number(seconds.data.toString("utf8"));
    return { filename: file.filename, purpose, content: file.data, expiresAfterSeconds: checkInteger("expires_after.seconds", s, 3600, 2_592_000) };
  }
  return { filename: file.filename, purpose, content: file.data };
}

export const noSuchFile = (id: string) => new InvalidRequest(`No such File object: ${id}`, "id", null, 404);

export function addFileRoutes(router: Router, prefix: string, guard: Middleware[], files: FileStore) {
  const found = (req: StandInRequest) => {
    const f = files.get(req.params.id);
    if (!f) throw noSuchFile(req.params.id);
    return f;
  };
  router
    .add("POST", `${prefix}/files`, (req) => json(200, files.object(files.add(parseUpload(req.headers["content-type"], req.body)))), guard)
    .add(
      "GET",
      `${prefix}/files`,
      (req) => {
        const purpose = req.query.get("purpose");
        const order = checkOneOf("order", req.query.get("order") ?? "desc", ["asc", "desc"]);
        const all = files.all().filter((f) => !purpose || f.purpose === purpose);
        const sorted = order === "desc" ? all.reverse() : all;
        const page = queryPage(
          sorted.map((f) => files.object(f)),
          req.query,
          10_000,
          10_000,
        );
        return json(200, listWithEnds(page));
      },
      guard,
    )
    .add("GET", `${prefix}/files/:id`, (req) => json(200, files.object(found(req))), guard)
    .add(
      "DELETE",
      `${prefix}/files/:id`,
      (req) => {
        files.delete(found(req).id);
        return json(200, { id: req.params.id, object: "file", deleted: true });
      },
      guard,
    )
    .add(
      "GET",
      `${prefix}/files/:id/content`,
      (req) => {
        const f = found(req);
        if (NOT_DOWNLOADABLE.includes(f.purpose)) return json(400, errorBody(`Not allowed to download files of purpose: ${f.purpose}`));
        return { status: 200, raw: f.content, headers: { "content-type": "application/octet-stream" } };
      },
      guard,
    );
}
