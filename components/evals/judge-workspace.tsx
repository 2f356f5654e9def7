"use client";

import { useEffect, useRef, useState, useTransition, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { nextBlindPairAction, recordBlindVoteAction, revisitBlindPairAction } from "@/lib/actions/eval-vote-actions";
import type { BlindQueue } from "@/lib/evals/blind-pair";
import { isActiveEvalStatus, type DisplayChoice } from "@/lib/evals/eval-vocabulary";
import { isTextField } from "@/components/ui/keyboard";
import { ShortcutsDialog } from "@/components/review/shortcuts-dialog";
import { BlindPairView } from "./blind-pair";
import { CHOICE_WORDS, JUDGE_SHORTCUTS, judgeCommandFor, type JudgeCommand } from "./judge-keys";
import { JudgeProgress } from "./judge-progress";
import { QueueEnd } from "./queue-end";
import { VerdictBar } from "./verdict-bar";

// Blind judging, one pair at a time, from the keyboard. A verdict is saved and the next
// pair comes back in the same answer, so it shows without a reload; keys pressed while
// that is under way are dropped rather than kept, because a kept key would judge a pair
// nobody has read yet. Pairs skipped here are remembered for this sitting only.

type Props = {
  evaluationId: string;
  initial: BlindQueue;
  /** This annotator's earlier votes, newest first: where "change last verdict" goes. */
  judged: number[];
};

type Feedback = { error: boolean; text: string };

export function JudgeWorkspace({ evaluationId, initial, judged }: Props) {
  const [queue, setQueue] = useState(initial);
  const [skip, setSkip] = useState<number[]>([]);
  // Oldest first, so the last entry is the pair judged most recently.
  const [history, setHistory] = useState<number[]>(() => [...judged].reverse());
  const [note, setNote] = useState(initial.pair?.mine?.note ?? "");
  const [help, setHelp] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const { pair, evaluation, progress } = queue;

  function show(next: BlindQueue, said: string) {
    setQueue(next);
    setNote(next.pair?.mine?.note ?? "");
    setNoteError(null);
    const what = next.pair ? `Now pair #${next.pair.position}.` : "No pair left for you.";
    setAnnouncement(`${said} ${what}`.trim());
    top.current?.scrollIntoView({ block: "start" });
  }

  const failed = (text: string) => setFeedback({ error: true, text });

  const decide = (choice: DisplayChoice) => {
    if (!pair || busy) return;
    setFeedback(null);
    if (document.activeElement === noteRef.current) noteRef.current?.blur();
    startTransition(async () => {
      const r = await recordBlindVoteAction(evaluationId, { exampleId: pair.exampleId, choice, note }, skip);
      if (!r.ok) {
        if (r.fieldErrors?.note) setNoteError(r.fieldErrors.note.join(" "));
        return failed(r.error);
      }
      setHistory((h) => [...h.filter((id) => id !== pair.exampleId), pair.exampleId]);
      show(r.queue, `Saved pair #${pair.position}: ${CHOICE_WORDS[choice]}${r.vote.replaced ? " (your earlier verdict is replaced)" : ""}.`);
    });
  };

  const load = (work: () => ReturnType<typeof nextBlindPairAction>, said: string) =>
    startTransition(async () => {
      const r = await work();
      if (!r.ok) return failed(r.error);
      show(r.queue, said);
    });

  const skipPair = () => {
    if (!pair || busy) return;
    setFeedback(null);
    const nextSkip = pair.mine ? skip : [...skip, pair.exampleId];
    setSkip(nextSkip);
    load(() => nextBlindPairAction(evaluationId, nextSkip), `Skipped pair #${pair.position}.`);
  };

  const back = () => {
    if (busy) return;
    const last = [...history].reverse().find((id) => id !== pair?.exampleId);
    if (last === undefined) return setFeedback({ error: false, text: "You have not judged a pair of this evaluation yet." });
    setFeedback(null);
    setHistory((h) => h.filter((id) => id !== last));
    load(() => revisitBlindPairAction(evaluationId, last), "Back to the pair you judged last; pick a verdict to change yours.");
  };

  const run = (command: JudgeCommand) => {
    if (command === "help") return setHelp((h) => !h);
    if (command === "note") return noteRef.current?.focus();
    if (command === "skip") return skipPair();
    if (command === "back") return back();
    decide(command);
  };

  // Enter in the note saves it with the verdict already chosen on this pair (when the
  // annotator came back to change one); otherwise it hands the keys back, note kept.
  const onNoteKey = (e: ReactKeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Escape" || (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing)) {
      e.preventDefault();
      if (e.key === "Enter" && pair?.mine) return decide(pair.mine.choice);
      e.currentTarget.blur();
      setAnnouncement(note.trim() ? "Note kept: pick a verdict with 1 to 4." : "Pick a verdict with 1 to 4.");
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target)) return;
      const command = judgeCommandFor(e);
      if (!command || (help && command !== "help")) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const running = isActiveEvalStatus(evaluation.status);
  return (
    <div ref={top} className="scroll-mt-32 space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <JudgeProgress progress={progress} votesPerPair={evaluation.votesPerPair} />
        {busy ? <span className="text-xs text-zinc-500">Saving…</span> : null}
      </div>
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-zinc-600">
        {announcement}
      </div>
      {feedback ? (
        <p role={feedback.error ? "alert" : "status"} className={`text-sm ${feedback.error ? "text-red-700" : "text-zinc-600"}`}>
          {feedback.text}
        </p>
      ) : null}
      {pair ? (
        <>
          {progress.pairs > 0 && progress.complete === progress.pairs ? (
            <p className="text-xs text-zinc-500">Every ready pair has its votes; yours still count and narrow the result.</p>
          ) : null}
          <BlindPairView key={pair.exampleId} pair={pair} />
          <VerdictBar
            chosen={pair.mine?.choice ?? null}
            note={note}
            noteRef={noteRef}
            noteError={noteError}
            busy={busy}
            canGoBack={history.some((id) => id !== pair.exampleId)}
            onNote={setNote}
            onNoteKey={onNoteKey}
            onDecide={decide}
            onSkip={skipPair}
            onBack={back}
            onHelp={() => setHelp(true)}
          />
        </>
      ) : (
        <QueueEnd
          reportHref={`/evals/${evaluation.id}`}
          running={running}
          skipped={skip.length}
          busy={busy}
          canGoBack={history.length > 0}
          onBack={back}
          onSkipped={() => {
            setSkip([]);
            load(() => nextBlindPairAction(evaluationId, []), "Back to the pairs you skipped.");
          }}
          onCheckAgain={() => load(() => nextBlindPairAction(evaluationId, skip), "Checked for new pairs.")}
        />
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} shortcuts={JUDGE_SHORTCUTS} />
    </div>
  );
}
