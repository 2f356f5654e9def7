import type { ChatLine } from "../../lib/formats/schemas";
import { scopeTurns } from "../../lib/dedup/scope";
import { jaccard, shingleSet } from "../../lib/dedup/shingles";
import { seededRandom, type Random } from "./prng";
import { CONTENT_WORDS, FUNCTION_WORDS, NAMES } from "./vocabulary";

// Conversations as word lists, and the edits that make near-duplicates of them, for
// the de-duplication benchmark. Words stay lists until rendered, so an edit is exact;
// every similarity that matters is still measured on the rendered record with the
// core's own shingles, never assumed from the edit.

export type Role = "system" | "user" | "assistant";
/** Words are indices into VOCABULARY: cheap to copy and edit, and to shingle (below). */
export type Turn = { role: Role; words: number[] };
export type Conversation = Turn[];

// A few hundred real words alone repeat three-word runs across a million records;
// made-up words from syllables widen the vocabulary so unrelated text shares ~nothing.
const ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cl", "dr", "gr", "pl", "st", "tr", "sh"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"];
const CODAS = ["", "", "n", "r", "s", "l", "m", "nd", "st", "x"];

function madeUpWords(count: number): string[] {
  const r = seededRandom(0x5eed);
  const known = new Set([...FUNCTION_WORDS, ...CONTENT_WORDS].map((w) => w.toLowerCase()));
  const made = new Set<string>();
  while (made.size < count) {
    let w = "";
    for (let s = r.int(2, 3); s > 0; s--) w += r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS);
    if (!known.has(w)) made.add(w);
  }
  return [...made];
}

const PARTS = [FUNCTION_WORDS, CONTENT_WORDS, NAMES, madeUpWords(20_000)];
/** How often a word comes from each part: function words are common, as in real text. */
const WEIGHTS = [0.3, 0.32, 0.02, 0.36];
export const VOCABULARY: readonly string[] = PARTS.flat();
const OFFSETS = PARTS.map((_, i) => PARTS.slice(0, i).reduce((n, p) => n + p.length, 0));
const CUMULATIVE = WEIGHTS.map((_, i) => WEIGHTS.slice(0, i + 1).reduce((a, b) => a + b, 0));

/** A random word (its index): one draw picks both the part and the word within it. */
export function word(r: Random): number {
  const roll = r.next();
  let part = 0;
  while (part < PARTS.length - 1 && roll >= CUMULATIVE[part]) part++;
  const low = part ? CUMULATIVE[part - 1] : 0;
  const within = Math.min(PARTS[part].length - 1, Math.floor(((roll - low) / (CUMULATIVE[part] - low)) * PARTS[part].length));
  return OFFSETS[part] + within;
}

export function words(r: Random, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(word(r));
  return out;
}

/** A conversation of about `total` words: an optional short system prompt (or the one given), then 1-3 exchanges. */
export function conversation(r: Random, total: number, system?: number[]): Conversation {
  const turns: Conversation = [];
  const prompt = system ?? (r.chance(0.7) ? words(r, r.int(6, 20)) : null);
  if (prompt) turns.push({ role: "system", words: prompt });
  const exchanges = r.pick([1, 1, 1, 2, 2, 3]);
  let left = Math.max(total - (system ? 0 : (prompt?.length ?? 0)), exchanges * 12);
  for (let e = exchanges; e > 0; e--) {
    const share = Math.round(left / e);
    const user = Math.max(4, Math.round(share * (0.2 + 0.2 * r.next())));
    turns.push({ role: "user", words: words(r, user) }, { role: "assistant", words: words(r, Math.max(6, share - user)) });
    left -= share;
  }
  return turns;
}

/**
 * Sentences of about eleven words, capitalised, with a comma now and then. Punctuation
 * follows word positions only, so rendering draws nothing random: a record and its
 * variants differ only in their words.
 */
function sentences(ws: readonly number[], question: boolean): string {
  const out = new Array<string>(ws.length);
  for (let i = 0; i < ws.length; i++) {
    const w = VOCABULARY[ws[i]];
    let s = i % 11 === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w;
    if (i === ws.length - 1) s += question ? "?" : ".";
    else if (i % 11 === 10) s += ".";
    else if (i % 11 === 5 && ws.length - i > 3) s += ",";
    out[i] = s;
  }
  return out.join(" ");
}

export function render(c: Conversation): ChatLine {
  return { messages: c.map((t) => ({ role: t.role, content: sentences(t.words, t.role === "user") })) } as ChatLine;
}

/** Shingles of the whole conversation, exactly as a de-duplication run sees the record. */
export const recordShingles = (record: ChatLine) => shingleSet(scopeTurns(record, "conversation"));

// The core's words for each vocabulary entry ("customer's" is two, "日本語" three), so
// a conversation's shingles can be formed from word indices alone. Edits aim at a
// similarity with these (several times faster than rendering and shingling the text,
// and a variant takes a few rounds); they give the core's sets up to hash collisions,
// and the truth is measured with the core all the same.
const CORE_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
const tokenIds = new Map<string, number>();
const coreWords = VOCABULARY.map((w) =>
  (w.normalize("NFKC").toLowerCase().match(CORE_WORD) ?? []).map((t) => {
    if (!tokenIds.has(t)) tokenIds.set(t, mix32(tokenIds.size + 1));
    return tokenIds.get(t)!;
  }),
);
// Flat typed arrays: word i's core words are TOKENS[TOKEN_START[i] .. TOKEN_START[i + 1]).
const TOKENS = Uint32Array.from(coreWords.flat());
const TOKEN_START = new Uint32Array(coreWords.length + 1);
coreWords.forEach((t, i) => (TOKEN_START[i + 1] = TOKEN_START[i] + t.length));
const ROLE_SALT: Record<Role, number> = { system: 0x1234567, user: 0x2345678, assistant: 0x3456789 };

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const MOST_TOKENS = Math.max(...coreWords.map((t) => t.length));
let scratch = { tokens: new Uint32Array(4096), hashes: new Uint32Array(4096) };

/** Sorted, distinct 3-word shingles of the conversation's core words, turn by turn. */
export function quickShingles(c: Conversation): Uint32Array {
  const most = c.reduce((n, t) => n + t.words.length * MOST_TOKENS + 1, 0);
  if (most > scratch.tokens.length) scratch = { tokens: new Uint32Array(most), hashes: new Uint32Array(most) };
  // Locals, not the module's bindings, in the loops: this runs for every edit of every variant.
  const { tokens, hashes } = scratch;
  let n = 0;
  for (const turn of c) {
    let t = 0;
    for (const w of turn.words) for (let k = TOKEN_START[w]; k < TOKEN_START[w + 1]; k++) tokens[t++] = TOKENS[k];
    const salt = ROLE_SALT[turn.role];
    for (let i = 0; i <= Math.max(t - 3, 0); i++) {
      let h = salt;
      for (let j = i; j < Math.min(i + 3, t); j++) h = mix32(h ^ tokens[j]);
      hashes[n++] = h;
    }
  }
  const sorted = hashes.subarray(0, n).sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

/** The bands planted near-duplicates aim at, relative to the conversation they copy. */
export const PLANTED_BANDS: readonly (readonly [number, number])[] = [
  [0.5, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 0.98],
];

const copy = (c: Conversation): Conversation => c.map((t) => ({ role: t.role, words: t.words.slice() }));

/** One word substituted, inserted or deleted, at a random place in the conversation. */
function edit(c: Conversation, r: Random): void {
  let at = r.int(0, c.reduce((n, t) => n + t.words.length, 0) - 1);
  let t = 0;
  while (at >= c[t].words.length) at -= c[t++].words.length;
  const turn = c[t];
  const roll = r.next();
  if (roll < 0.2) turn.words.splice(at, 0, word(r));
  else if (roll < 0.4 && turn.words.length > 4) turn.words.splice(at, 1);
  else {
    let w = word(r);
    while (w === turn.words[at]) w = word(r);
    turn.words[at] = w;
  }
}

/** The same answer to a reworded question: the first user turn written afresh. */
function reword(c: Conversation, r: Random): Conversation {
  const out = copy(c);
  const question = out.find((t) => t.role === "user")!;
  question.words = words(r, Math.max(4, Math.round(question.words.length * (0.8 + 0.4 * r.next()))));
  return out;
}

/**
 * A copy of `base` edited until its similarity to it lands in the band. An isolated
 * word edit swaps about three shingles, so the edits still needed are estimated from
 * the current shared and union sizes, aiming inside the band and approaching it from
 * above; a rare overshoot starts again with other edits. `baseSet` is
 * quickShingles(base); the caller measures the result with the core.
 */
export function plantVariant(base: Conversation, baseSet: Uint32Array, r: Random, band: number): Conversation {
  const [lo, hi] = PLANTED_BANDS[band];
  const target = lo + (hi - lo) * (0.25 + 0.5 * r.next());
  let best = base;
  let bestMiss = Infinity;
  for (let attempt = 0; attempt < 8; attempt++) {
    let c = copy(base);
    let set = baseSet;
    let similarity = 1;
    if (r.chance(0.3)) {
      const reworded = reword(c, r);
      const rewordedSet = quickShingles(reworded);
      const s = jaccard(baseSet, rewordedSet);
      if (s >= lo) [c, set, similarity] = [reworded, rewordedSet, s];
    }
    for (let rounds = 0; rounds < 100; rounds++) {
      const shared = (similarity * (baseSet.length + set.length)) / (1 + similarity);
      const union = baseSet.length + set.length - shared;
      const needed = Math.floor((shared - target * union) / (3 * (1 + target)));
      if (similarity < hi && needed < 1) break;
      for (let k = Math.max(1, needed); k > 0; k--) edit(c, r);
      set = quickShingles(c);
      similarity = jaccard(baseSet, set);
    }
    if (similarity >= lo && similarity < hi) return c;
    if (Math.abs(similarity - target) < bestMiss) [best, bestMiss] = [c, Math.abs(similarity - target)];
  }
  return best;
}

const FULL_WIDTH = (s: string) => s.replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/**
 * The same text as an exact duplicate sees it: case, runs of whitespace, spaces
 * around punctuation and full-width letters (NFKC) changed, words untouched.
 */
export function surfaceCopy(record: ChatLine, r: Random): ChatLine {
  const change = (text: string) => {
    let s = r.pick([(x: string) => x.toUpperCase(), (x: string) => x.toLowerCase(), (x: string) => x.replace(/\b\w/g, (c) => c.toUpperCase())])(text);
    if (r.chance(0.7)) s = s.replace(/ /g, () => r.pick([" ", " ", "  ", "\n", " \t "]));
    if (r.chance(0.6)) s = s.replace(/[.,?]/g, (p) => (r.chance(0.5) ? ` ${p}` : p)).replace(/([.,]) (?=\S)/g, (m, p: string) => (r.chance(0.3) ? p : m));
    if (r.chance(0.2)) s = s.replace(/\b[A-Za-z]{4,}\b/, FULL_WIDTH);
    return r.chance(0.3) ? `  ${s}\n` : s;
  };
  return { ...record, messages: record.messages.map((m) => ({ ...m, content: change(m.content as string) })) } as ChatLine;
}

/**
 * A long shared system prompt, and about how similar members of its group should be:
 * 0.3 to 0.6, so that with the spread of exchange lengths the closest pairs come near
 * 0.8 without reaching it (two 12-word exchanges under a 50-word prompt: 0.73).
 */
export function hardNegativePrompt(r: Random): { prompt: number[]; level: number } {
  return { prompt: words(r, r.int(50, 100)), level: 0.3 + 0.3 * r.next() };
}

/**
 * One member of a hard-negative group: the shared prompt with its own exchanges, sized so
 * that two members share about `level` of their shingles (the prompt's) and no more.
 */
export function hardNegative(prompt: number[], level: number, r: Random): ChatLine {
  const exchange = Math.round(((prompt.length * (1 - level)) / (2 * level)) * (0.8 + 0.4 * r.next()));
  return render(conversation(r, exchange, prompt));
}
