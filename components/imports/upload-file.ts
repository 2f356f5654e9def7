import type { ImportSummary } from "@/lib/imports/import-summary";

// Sends one file to the import route as the raw request body. XMLHttpRequest, not
// fetch, because only XHR reports upload progress; the File is sent as is, so the
// browser streams it from disk instead of reading it into memory.

export type UploadResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };

type Callbacks = {
  /** An interrupted import this file goes on with (the server checks it is the same file). */
  resume?: string;
  onProgress: (sentBytes: number, totalBytes: number) => void;
  /** The last byte left the browser; the server is now parsing and storing lines. */
  onUploaded: () => void;
};

export function uploadFile(datasetId: string, file: File, cb: Callbacks): { done: Promise<UploadResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadResult>((resolve) => {
    const query = new URLSearchParams({ filename: file.name, ...(cb.resume ? { resume: cb.resume } : {}) });
    xhr.open("POST", `/api/v1/datasets/${encodeURIComponent(datasetId)}/imports?${query}`);
    xhr.upload.onprogress = (e) => cb.onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.upload.onload = () => cb.onUploaded();
    xhr.onload = () => resolve(readResponse(xhr));
    xhr.onerror = () =>
      resolve({ ok: false, error: "The connection to the server was lost during the import. Check that Tuneset is still running, then try again." });
    xhr.onabort = () =>
      resolve({
        ok: false,
        error: "Upload cancelled. Nothing more was sent; the lines already stored are kept, and choosing the same file again resumes after them.",
      });
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

function readResponse(xhr: XMLHttpRequest): UploadResult {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // Not JSON: a proxy's error page or a crash before the handler; worded below.
  }
  if (xhr.status >= 200 && xhr.status < 300 && isSummary(body)) return { ok: true, summary: body };
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof message === "string" && message) return { ok: false, error: message };
  if (xhr.status === 413) return { ok: false, error: "The file is larger than this server accepts. Split it into smaller files." };
  return { ok: false, error: `The server could not import the file (status ${xhr.status}). Try again; if it keeps failing, check the server log.` };
}

function isSummary(body: unknown): body is ImportSummary {
  return typeof body === "object" && body !== null && "imported" in body && "lines" in body;
}
