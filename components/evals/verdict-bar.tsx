"use client";

import type { KeyboardEvent, RefObject } from "react";
import type { DisplayChoice } from "@/lib/evals/eval-vocabulary";
import { EVAL_VOTE_NOTE_MAX } from "@/lib/validation/eval-vote";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";

// The verdict buttons, each naming its key, with the note that goes with the verdict
// and the ways out (skip, change the last verdict, the key list). Kept in view at the
// foot of the screen, so long answers never push the buttons away.

const VERDICTS: { choice: DisplayChoice; key: string; also: string; label: string; variant: "secondary" | "danger" }[] = [
  { choice: "left", key: "1", also: "ArrowLeft", label: "Left is better", variant: "secondary" },
  { choice: "right", key: "2", also: "ArrowRight", label: "Right is better", variant: "secondary" },
  { choice: "tie", key: "3", also: "T", label: "Tie", variant: "secondary" },
  { choice: "both_bad", key: "4", also: "X", label: "Both bad", variant: "danger" },
];

type Props = {
  /** The annotator's earlier verdict on this pair, when they came back to change it. */
  chosen: DisplayChoice | null;
  note: string;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  noteError: string | null;
  busy: boolean;
  canGoBack: boolean;
  onNote: (text: string) => void;
  onNoteKey: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
  onDecide: (choice: DisplayChoice) => void;
  onSkip: () => void;
  onBack: () => void;
  onHelp: () => void;
};

export function VerdictBar({ chosen, note, noteRef, noteError, busy, canGoBack, onNote, onNoteKey, onDecide, onSkip, onBack, onHelp }: Props) {
  return (
    <div className="sticky bottom-0 z-10 -mx-6 space-y-2 border-t border-zinc-200 bg-zinc-50/95 px-6 py-3 backdrop-blur">
      <div className="flex flex-wrap items-center gap-1.5">
        <div role="group" aria-label="Verdict" className="flex flex-wrap gap-1.5">
          {VERDICTS.map((v) => (
            <Button
              key={v.choice}
              variant={v.variant}
              aria-keyshortcuts={`${v.key} ${v.also}`}
              aria-pressed={chosen === v.choice}
              className={chosen === v.choice ? "ring-2 ring-zinc-900/70 ring-offset-1" : ""}
              disabled={busy}
              onClick={() => onDecide(v.choice)}
            >
              {`${v.key} · ${v.label}`}
            </Button>
          ))}
        </div>
        <span aria-hidden className="mx-1 h-5 w-px bg-zinc-300" />
        <Button size="sm" variant="ghost" aria-keyshortcuts="s" disabled={busy} onClick={onSkip}>
          Skip
        </Button>
        <Button size="sm" variant="ghost" aria-keyshortcuts="Control+Z" disabled={busy || !canGoBack} onClick={onBack}>
          Change last verdict
        </Button>
        <Button size="sm" variant="ghost" aria-keyshortcuts="?" className="ml-auto" onClick={onHelp}>
          Keyboard shortcuts
        </Button>
      </div>
      <div>
        <label htmlFor="judge-note" className="sr-only">
          Note
        </label>
        <textarea
          id="judge-note"
          ref={noteRef}
          rows={1}
          value={note}
          maxLength={EVAL_VOTE_NOTE_MAX}
          placeholder="Note (optional): why, in a few words. Press n to write, Enter to go back to the keys."
          aria-describedby="judge-note-hint"
          aria-invalid={noteError ? true : undefined}
          onChange={(e) => onNote(e.target.value)}
          onKeyDown={onNoteKey}
          className={inputClasses("block w-full resize-y", "multiline")}
        />
        <p id="judge-note-hint" className={`mt-1 text-xs ${noteError ? "text-red-700" : "text-zinc-500"}`}>
          {noteError ??
            (chosen
              ? "Enter saves the note with your verdict; Shift+Enter starts a new line."
              : "The note goes with the verdict you pick next. Enter or Escape goes back to the keys; Shift+Enter starts a new line.")}
        </p>
      </div>
    </div>
  );
}
