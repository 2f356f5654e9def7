import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { seededRandom, type Random } from "./prng";
import { CONTENT_WORDS, FUNCTION_WORDS, NAMES, SYSTEM_PROMPTS, TOOLS, toolDefinition, type ToolSpec } from "./vocabulary";

// Seeded OpenAI chat fine-tuning lines, about 1 KB each. The mix follows what real
// files carry: one shared system prompt per dataset style, 1-4 exchanges, some tool
// use, and a sprinkling of the lines an import must cope with (exact duplicates,
// keys OpenAI does not define, broken lines), so the import path does all its work.

export const DEFAULT_SEED = 20261126;

const SHARE = { noSystem: 0.1, tools: 0.15, weightZero: 0.05, duplicate: 0.01, unknownKey: 0.01, invalid: 0.002 };
// Exchanges per line: 1 is the most common shape of a fine-tuning example.
const EXCHANGES = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4];
const RECENT = 64;

function word(r: Random): string {
  const roll = r.next();
  if (roll < 0.36) return r.pick(FUNCTION_WORDS);
  if (roll < 0.96) return r.pick(CONTENT_WORDS);
  if (roll < 0.98) return r.pick(NAMES);
  return String(r.int(2, 2048));
}

function sentence(r: Random, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(word(r));
  const first = parts[0];
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  if (words > 8 && r.chance(0.4)) parts[r.int(2, words - 3)] += ",";
  return parts.join(" ") + r.pick([".", ".", ".", "?", "!"]);
}

/** About `words` words in sentences of 5-16; assistants sometimes answer with a list. */
function text(r: Random, words: number, list = false): string {
  const sentences: string[] = [];
  for (let left = words; left > 0;) {
    const n = Math.min(left, r.int(5, 16));
    sentences.push(sentence(r, Math.max(n, 3)));
    left -= n;
  }
  return list && sentences.length > 2 ? sentences.map((s) => `- ${s}`).join("\n") : sentences.join(" ");
}

function toolArguments(r: Random, spec: ToolSpec): string {
  const args: Record<string, string | number> = {};
  for (const [key, p] of Object.entries(spec.params)) {
    if (p.values) args[key] = r.pick(p.values);
    else if (p.type === "integer") args[key] = r.int(1, 90);
    else if (key === "order_id") args[key] = `A-${r.int(10000, 99999)}`;
    else if (key === "start")
      args[key] = `2026-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}T${String(r.int(8, 18)).padStart(2, "0")}:00:00`;
    else args[key] = text(r, r.int(2, 6)).slice(0, -1);
  }
  return JSON.stringify(args);
}

type Message = Record<string, unknown>;

function toolExchange(r: Random, tools: readonly ToolSpec[], n: number): Message[] {
  const spec = r.pick(tools);
  const id = `call_${r.int(1e8, 1e9 - 1).toString(36)}${n}`;
  return [
    { role: "user", content: text(r, r.int(8, 24)) },
    { role: "assistant", tool_calls: [{ id, type: "function", function: { name: spec.name, arguments: toolArguments(r, spec) } }] },
    { role: "tool", tool_call_id: id, content: JSON.stringify({ ok: true, result: text(r, r.int(4, 14)) }) },
    { role: "assistant", content: text(r, r.int(10, 30)) },
  ];
}

function conversation(r: Random): Record<string, unknown> {
  const messages: Message[] = [];
  if (!r.chance(SHARE.noSystem)) messages.push({ role: "system", content: r.pick(SYSTEM_PROMPTS) });
  const exchanges = r.pick(EXCHANGES);
  const tools = r.chance(SHARE.tools) ? TOOLS.filter(() => r.chance(0.4)).slice(0, 3) : [];
  const toolAt = tools.length ? r.int(0, exchanges - 1) : -1;
  for (let i = 0; i < exchanges; i++) {
    if (i === toolAt) {
      messages.push(...toolExchange(r, tools, i));
      continue;
    }
    messages.push({ role: "user", content: text(r, r.int(6, 30)) });
    const reply: Message = { role: "assistant", content: text(r, r.int(12, 56), r.chance(0.15)) };
    // Earlier turns of a multi-turn example are often excluded from training.
    if (i < exchanges - 1 && r.chance(SHARE.weightZero)) reply.weight = 0;
    messages.push(reply);
  }
  return tools.length ? { messages, tools: tools.map(toolDefinition) } : { messages };
}

function brokenLine(r: Random, line: string): string {
  // Half cut mid-line (a JSON error), half a role the format does not know (a schema error).
  return r.chance(0.5) ? line.slice(0, Math.floor(line.length / 2)) : line.replace('"role":"user"', '"role":"customer"');
}

/** An endless, seeded stream of JSONL lines (without newlines); equal seeds give equal lines. */
export function* corpusLines(seed = DEFAULT_SEED): Generator<string> {
  const r = seededRandom(seed);
  const recent: string[] = [];
  for (let n = 0; ; n++) {
    if (recent.length === RECENT && r.chance(SHARE.duplicate)) {
      yield r.pick(recent);
      continue;
    }
    const record = conversation(r);
    if (r.chance(SHARE.unknownKey)) record.metadata = { source: r.pick(["crm", "forum", "chat-log"]), ref: n };
    const line = JSON.stringify(record);
    if (r.chance(SHARE.invalid)) {
      yield brokenLine(r, line);
      continue;
    }
    recent[n % RECENT] = line;
    yield line;
  }
}

export type CorpusFile = { path: string; lines: number; bytes: number; seconds: number };

/** Writes the first `lines` lines to `path` in ~1 MB writes, honouring back-pressure. */
export function writeCorpusFile(path: string, lines: number, seed = DEFAULT_SEED): Promise<CorpusFile> {
  return writeLinesFile(path, corpusLines(seed), lines);
}

/** Writes the first `lines` lines of any line source (the de-duplication corpus has its own). */
export async function writeLinesFile(path: string, source: Iterator<string>, lines: number): Promise<CorpusFile> {
  const started = performance.now();
  const out = createWriteStream(path);
  let parts: string[] = [];
  let size = 0;
  for (let i = 0; i < lines; i++) {
    const line = source.next().value as string;
    parts.push(line);
    size += line.length;
    if (size >= 1 << 20 || i === lines - 1) {
      if (!out.write(parts.join("\n") + "\n")) await once(out, "drain");
      parts = [];
      size = 0;
    }
  }
  out.end();
  await finished(out);
  return { path, lines, bytes: out.bytesWritten, seconds: (performance.now() - started) / 1000 };
}

/** The first `count` lines as parsed records (broken ones left out), for in-memory benchmarks. */
export function corpusRecords(count: number, seed = DEFAULT_SEED): unknown[] {
  const records: unknown[] = [];
  const source = corpusLines(seed);
  for (let i = 0; i < count; i++) {
    try {
      records.push(JSON.parse(source.next().value as string));
    } catch {
      // a deliberately broken line
    }
  }
  return records;
}
