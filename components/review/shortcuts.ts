// Every shortcut of review mode, in one list: the key handler reads it and the "?"
// overlay prints it, so the two cannot disagree.

export type ReviewCommand = "next" | "previous" | "approve" | "reject" | "needs_changes" | "edit" | "label" | "undo" | "help";

export const SHORTCUTS: { keys: string[]; command: ReviewCommand | "save"; what: string }[] = [
  { keys: ["j"], command: "next", what: "Next conversation in the filter" },
  { keys: ["k"], command: "previous", what: "Previous conversation" },
  { keys: ["a"], command: "approve", what: "Approve, then open the next" },
  { keys: ["r"], command: "reject", what: "Reject, then open the next" },
  { keys: ["n"], command: "needs_changes", what: "Needs changes, then open the next" },
  { keys: ["e"], command: "edit", what: "Edit the turns" },
  { keys: ["l"], command: "label", what: "Add or remove a label (type to find, Enter to toggle)" },
  { keys: ["Ctrl/⌘", "Enter"], command: "save", what: "Save the edit" },
  { keys: ["Ctrl/⌘", "Z"], command: "undo", what: "Undo your last change (a decision, a label, a save)" },
  { keys: ["?"], command: "help", what: "Show or hide this list" },
];

const SINGLE: Record<string, ReviewCommand> = Object.fromEntries(
  SHORTCUTS.filter((s) => s.keys.length === 1).map((s) => [s.keys[0], s.command as ReviewCommand]),
);

/** The command a key press asks for, if any. Letters only without modifiers; undo with Ctrl/⌘. */
export function commandFor(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): ReviewCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "z") return "undo";
  if (mod || e.altKey) return null;
  return SINGLE[e.key] ?? null;
}
