// JSON text in a record (tool arguments, tool results) is shown indented when it
// parses. Parsing happens here, outside rendering, so components only branch on it.
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
