import { recordTurns, turnsHash, type Turn } from "../formats/normalize";
import type { LineRecord } from "../formats/schemas";
import { vocabulary } from "../vocabulary";

// What two records are compared on. "Same question, different answer" (user turns)
// and "same answer to different questions" (assistant turns) are different problems
// from "the same conversation", so the lead picks one per run.

export const { words: DEDUP_SCOPES, labels: SCOPE_LABELS } = vocabulary({
  conversation: "Whole conversation",
  user: "User turns only",
  assistant: "Assistant turns only",
});
export type DedupScope = (typeof DEDUP_SCOPES)[number];

const ASSISTANT_ROLES = new Set(["assistant", "preferred assistant", "non-preferred assistant"]);

export function scopeTurns(record: LineRecord, scope: DedupScope): Turn[] {
  const all = recordTurns(record);
  if (scope === "conversation") return all;
  return all.filter((t) => (scope === "user" ? t.role === "user" : ASSISTANT_ROLES.has(t.role)));
}

/**
 * The exact-duplicate key of a record in a scope: for the whole conversation it is the
 * contentHash every record already carries. Null when the scope has no text at all (a
 * record without user turns has nothing to compare in the "user" scope).
 */
export function scopeKey(turns: readonly Turn[]): string | null {
  return turns.some((t) => t.text.trim()) ? turnsHash(turns) : null;
}
