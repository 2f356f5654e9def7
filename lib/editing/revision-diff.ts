import { contentText } from "../formats/normalize";
import { wordDiff, type DiffPart } from "./word-diff";

// What changed between two versions of a conversation, turn by turn, in words a
// reviewer reads: a turn added, removed, or changed (role, text, tool calls), plus
// the conversation's tools. Works on any JSON, so invalid versions diff too.

export type TurnDiff =
  | { turn: number; change: "added" | "removed"; role: string; text: string }
  | { turn: number; change: "changed"; role: string; roleBefore?: string; parts: DiffPart[] };

type Message = { role?: unknown; content?: unknown; tool_calls?: unknown; weight?: unknown };

/** The turns of a stored body in reading order (preference answers after the input); a body that is not JSON is one "raw line" turn. */
export function turnsOf(body: string): Message[] {
  try {
    const record = JSON.parse(body);
    if (Array.isArray(record?.messages)) return record.messages;
    if (record?.input) {
      return [
        ...(record.input.messages ?? []),
        ...(record.preferred_output ?? []).map((m: Message) => ({ ...m, role: "preferred" })),
        ...(record.non_preferred_output ?? []).map((m: Message) => ({ ...m, role: "non-preferred" })),
      ];
    }
  } catch {
    // An invalid version is compared as one block of raw text.
  }
  return [{ role: "raw line", content: body }];
}

/** A turn as one text: its content, its tool calls and a weight-0 mark; what diffs compare. */
export function turnText(m: Message): string {
  const calls = Array.isArray(m.tool_calls)
    ? m.tool_calls.map((c: { function?: { name?: string; arguments?: string } }) => `${c.function?.name}(${c.function?.arguments})`)
    : [];
  const weight = m.weight === 0 ? ["[weight 0]"] : [];
  return [contentText(m.content), ...calls, ...weight].filter(Boolean).join("\n");
}

export function revisionDiff(beforeBody: string, afterBody: string): TurnDiff[] {
  const before = turnsOf(beforeBody);
  const after = turnsOf(afterBody);
  const diffs: TurnDiff[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const a = before[i];
    const b = after[i];
    if (!a) diffs.push({ turn: i + 1, change: "added", role: String(b.role), text: turnText(b) });
    else if (!b) diffs.push({ turn: i + 1, change: "removed", role: String(a.role), text: turnText(a) });
    else {
      const [ta, tb] = [turnText(a), turnText(b)];
      if (ta === tb && a.role === b.role) continue;
      diffs.push({
        turn: i + 1,
        change: "changed",
        role: String(b.role),
        ...(a.role !== b.role ? { roleBefore: String(a.role) } : {}),
        parts: wordDiff(ta, tb),
      });
    }
  }
  return diffs;
}
