import type { ShortenedText } from "@/lib/long-text/shortened-text";
import { encodePath } from "@/lib/long-text/shortened-text";

// Fetches the whole of a shortened text from the version the page showed, a chunk at a
// time (one request never carries more than about a megabyte), reporting progress.

type Chunk = { length: number; offset: number; end: number; text: string };

export async function fetchWholeText(value: ShortenedText, onProgress: (loaded: number, total: number) => void): Promise<string> {
  const s = value.$shortened;
  const parts: string[] = [];
  let offset = 0;
  for (;;) {
    const query = new URLSearchParams({ version: String(s.version), path: encodePath(s.path), offset: String(offset) });
    const res = await fetch(`/api/v1/conversations/${s.id}/text?${query}`, { headers: { accept: "application/json" } });
    const body = (await res.json().catch(() => null)) as (Chunk & { error?: { message?: string } }) | null;
    if (!res.ok || !body || typeof body.text !== "string") {
      throw new Error(body?.error?.message ?? `The server answered ${res.status}; reload the page and try again.`);
    }
    parts.push(body.text);
    offset = body.end;
    onProgress(offset, body.length);
    if (offset >= body.length || body.end <= body.offset) break;
  }
  return parts.join("");
}
