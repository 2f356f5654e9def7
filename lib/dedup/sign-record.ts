import type { LineRecord } from "../formats/schemas";
import { bandKeys, type LshParams } from "./lsh";
import { minhash } from "./minhash";
import { writeSketch } from "./sketch";
import { scopeKey, scopeTurns, type DedupScope } from "./scope";
import { shingleSet } from "./shingles";

// Everything a run keeps of one record: its exact-duplicate key and its LSH band keys.
// The shingle set itself is dropped (a million of them would not fit in memory) and
// computed again for the few records that become candidates.

export type SignOptions = { scope: DedupScope; lsh: LshParams };

/** `shingles` is the record's set, for a caller that keeps it (verification needs it later). */
export type Signature = { keyHi: number; keyLo: number; empty: boolean; shingles: Uint32Array | null };

const signature = new Uint32Array(128);

export function parseBody(body: string): LineRecord | null {
  try {
    const value = JSON.parse(body) as unknown;
    return value && typeof value === "object" && ("messages" in value || "input" in value) ? (value as LineRecord) : null;
  } catch {
    return null;
  }
}

/** A stored record's exact key and shingle set in a scope. */
export type Shingled = { keyHi: number; keyLo: number; shingles: Uint32Array };

/**
 * The exact key and shingle set of a stored body, or null when it is unreadable or has
 * no text in the scope. For the whole conversation the stored contentHash is the key
 * (hashing the normalised text again cost as much as the shingles).
 */
export function shingleBody(body: string, scope: DedupScope, storedHash?: string | null): Shingled | null {
  const record = parseBody(body);
  const turns = record ? scopeTurns(record, scope) : [];
  const hasText = turns.some((t) => t.text.trim());
  const key = scope === "conversation" && storedHash && hasText ? storedHash : scopeKey(turns);
  const shingles = key ? shingleSet(turns) : null;
  if (!key || !shingles || shingles.length === 0) return null;
  return { keyHi: parseInt(key.slice(0, 8), 16), keyLo: parseInt(key.slice(8, 16), 16), shingles };
}

/** Signs one stored body into `bands` at `offset`. Unreadable or empty records come back empty. */
export function signBody(
  body: string,
  { scope, lsh }: SignOptions,
  bands: Uint32Array,
  offset: number,
  storedHash?: string | null,
  sketch?: { out: Uint8Array; offset: number },
): Signature {
  const shingled = shingleBody(body, scope, storedHash);
  if (!shingled) {
    bands.fill(0, offset, offset + lsh.bands);
    return { keyHi: 0, keyLo: 0, empty: true, shingles: null };
  }
  const positions = lsh.bands * lsh.rows;
  bandKeys(minhash(shingled.shingles, positions, signature), lsh, bands, offset);
  if (sketch) writeSketch(signature, positions, sketch.out, sketch.offset);
  return { ...shingled, empty: false };
}

/** The shingle set of a stored body in a scope (empty when unreadable). */
export function bodyShingles(body: string, scope: DedupScope): Uint32Array {
  const record = parseBody(body);
  return record ? shingleSet(scopeTurns(record, scope)) : new Uint32Array(0);
}
