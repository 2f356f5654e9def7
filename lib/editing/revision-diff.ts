import { contentText } from "../formats/normalize";
import { wordDiff, type DiffPart } from "./word-diff";
import { cutText } from "../long-text/cut-text";
import { SHOWN_CHARS, WORD_DIFF_MAX_CHARS } from "../long-text/limits";
import { isShortened } from "../long-text/shortened-text";

// What changed between two versions of a conversation, turn by turn, in words a
// reviewer reads: a turn added, removed, or changed (role, text, tool calls), plus
// the conversation's tools. Works on any JSON, so invalid versions diff too. Long texts
// are not compared word by word (the comparison grows with the product of the lengths,
// and its parts would carry megabytes): their lengths are given instead.

export type TurnDiff =
  | { turn: number; change: "added" | "removed"; role: string; text: string; length: number }
  | { turn: number; change: "changed"; role: string; roleBefore?: string; parts: DiffPart[]; tooLong?: { before: number; after: number } };

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
  // A text a page received shortened (a conflict's other version) compares by the start it has.
  const content = isShortened(m.content) ? `${m.content.$shortened.text}…` : contentText(m.content);
  return [content, ...calls, ...weight].filter(Boolean).join("\n");
}

export function revisionDiff(beforeBody: string, afterBody: string): TurnDiff[] {
  const before = turnsOf(beforeBody);
  const after = turnsOf(afterBody);
  const diffs: TurnDiff[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const a = before[i];
    const b = after[i];
    if (!a || !b) {
      const text = turnText(a ?? b);
      diffs.push({ turn: i + 1, change: a ? "removed" : "added", role: String((a ?? b).role), text: cutText(text, SHOWN_CHARS), length: text.length });
    } else {
      const [ta, tb] = [turnText(a), turnText(b)];
      if (ta === tb && a.role === b.role) continue;
      const tooLong = Math.max(ta.length, tb.length) > WORD_DIFF_MAX_CHARS;
      diffs.push({
        turn: i + 1,
        change: "changed",
        role: String(b.role),
        ...(a.role !== b.role ? { roleBefore: String(a.role) } : {}),
        parts: tooLong ? [] : wordDiff(ta, tb),
        ...(tooLong ? { tooLong: { before: ta.length, after: tb.length } } : {}),
      });
    }
  }
  return diffs;
}
