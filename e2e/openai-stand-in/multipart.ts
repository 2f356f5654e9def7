// multipart/form-data as browsers and the SDK send it (RFC 7578): parts separated by
// `--boundary`, each with its headers, a blank line and its bytes. Only what an upload
// needs is read: each part's field name, file name, content type and bytes.

export type FormPart = { name: string; filename: string | null; contentType: string | null; data: Buffer };

/** The boundary named in a Content-Type header, or null when it is not multipart/form-data. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^\s*multipart\/form-data\s*;/i.test(contentType)) return null;
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
}

/** The parts of a body, or null when it is not well-formed multipart with that boundary. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) return null;
  at += delimiter.length;
  const parts: FormPart[] = [];
  for (;;) {
    if (body.subarray(at, at + 2).toString() === "--") return parts;
    if (body.subarray(at, at + 2).toString() !== "\r\n") return null;
    const headersEnd = body.indexOf("\r\n\r\n", at + 2);
    if (headersEnd < 0) return null;
    const headers = parseHeaders(body.subarray(at + 2, headersEnd).toString("utf8"));
    const end = body.indexOf(between, headersEnd + 4);
    if (end < 0) return null;
    const disposition = headers["content-disposition"] ?? "";
    const name = param(disposition, "name");
    if (name === null) return null;
    parts.push({ name, filename: param(disposition, "filename"), contentType: headers["content-type"] ?? null, data: body.subarray(headersEnd + 4, end) });
    at = end + between.length;
  }
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** A quoted parameter of Content-Disposition; senders escape quotes and line breaks as %22, %0D and %0A. */
function param(disposition: string, key: string): string | null {
  const m = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(disposition) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, "i").exec(disposition);
  if (!m) return null;
  return m[1].replace(/\\(.)/g, "$1").replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
}
