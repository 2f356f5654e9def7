import type { DisplayChoice } from "@/lib/evals/eval-vocabulary";

// Every shortcut of blind judging, in one list: the key handler reads it and the "?"
// overlay prints it, so the two cannot disagree.

export type JudgeCommand = DisplayChoice | "note" | "skip" | "back" | "help";

export const JUDGE_SHORTCUTS: { keys: string[]; match: string[]; command: JudgeCommand; what: string; either?: boolean }[] = [
  { keys: ["1", "←"], match: ["1", "ArrowLeft"], command: "left", what: "Left is better (Answer 1)", either: true },
  { keys: ["2", "→"], match: ["2", "ArrowRight"], command: "right", what: "Right is better (Answer 2)", either: true },
  { keys: ["3", "t"], match: ["3", "t"], command: "tie", what: "Tie: both as good", either: true },
  { keys: ["4", "x"], match: ["4", "x"], command: "both_bad", what: "Both bad", either: true },
  { keys: ["n"], match: ["n"], command: "note", what: "Write a note; Enter or Escape goes back to the keys, keeping it for your verdict" },
  { keys: ["s"], match: ["s"], command: "skip", what: "Skip this pair for now" },
  { keys: ["Ctrl/⌘", "Z"], match: [], command: "back", what: "Back to the pair you judged last, to change your verdict" },
  { keys: ["?"], match: ["?"], command: "help", what: "Show or hide this list" },
];

const SINGLE: Record<string, JudgeCommand> = Object.fromEntries(JUDGE_SHORTCUTS.flatMap((s) => s.match.map((k) => [k, s.command])));

type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; repeat: boolean };

/**
 * The command a key press asks for, if any. A held key repeats nothing: it would
 * otherwise vote on the pairs that follow before anyone has read them.
 */
export function judgeCommandFor(e: KeyPress): JudgeCommand | null {
  if (e.repeat) return null;
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "z") return "back";
  if (mod || e.altKey) return null;
  return SINGLE[e.key] ?? null;
}

export const CHOICE_WORDS: Record<DisplayChoice, string> = {
  left: "left is better",
  right: "right is better",
  tie: "tie",
  both_bad: "both bad",
};
