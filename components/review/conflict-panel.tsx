"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { EditableMessage } from "@/lib/editing/edit-operations";
import { alignTurns, chooseAll, mergeByTurn, suggestMerge, type ChangedBy, type Side } from "@/lib/editing/merge-by-turn";
import { turnText } from "@/lib/editing/revision-diff";
import { wordDiff } from "@/lib/editing/word-diff";
import type { BoundedRecord } from "@/lib/long-text/bound-record";
import { initialEditorState, toSavable, type ChatEditorState } from "./chat-editor-state";

// A colleague saved this conversation while the annotator was editing it. Both
// versions side by side, turn by turn, with the differing words marked; the annotator
// keeps their version, takes the colleague's, or picks per turn. Whatever is saved
// goes on top of the colleague's version, so both edits stay in the history.

type Props = {
  /** The turns both versions started from, when known (not for a draft begun on an older version). */
  base: EditableMessage[] | null;
  mine: ChatEditorState;
  theirs: BoundedRecord;
  pending: boolean;
  onSave: (merged: ChatEditorState) => void;
  onTakeTheirs: () => void;
};

export function ConflictPanel({ base, mine, theirs, pending, onSave, onTakeTheirs }: Props) {
  const savable = toSavable(mine);
  const myTurns = savable.ok ? savable.messages : mine.messages;
  const myTools = savable.ok ? savable.tools : null;
  const theirTurns = (Array.isArray(theirs.messages) ? theirs.messages : []) as EditableMessage[];
  const theirTools = Array.isArray(theirs.tools) ? theirs.tools : null;
  const pairs = alignTurns(myTurns, theirTurns);
  const toolsDiffer = JSON.stringify(myTools) !== JSON.stringify(theirTools);
  const suggestion = suggestMerge(base, myTurns, theirTurns);
  const [choices, setChoices] = useState<Record<number, Side>>(suggestion.choices);
  const [toolsSide, setToolsSide] = useState<Side>("mine");

  const merged = (turns: Record<number, Side>, tools: Side) =>
    initialEditorState(mergeByTurn(myTurns, theirTurns, turns), tools === "mine" ? myTools : theirTools);

  return (
    <section aria-labelledby="conflict-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50/60 p-4">
      <div role="alert">
        <h2 id="conflict-heading" className="font-semibold text-amber-950">
          Someone else saved this conversation while you were editing it
        </h2>
        <p className="mt-1 text-sm text-amber-900">
          Their version is now version {theirs.version}. Nothing is lost: below are your edits and theirs, turn by turn. Keep yours, take theirs, or choose per
          turn and save the merge (each turn only one of you changed is already set to that change); their version stays in the history either way.
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 text-xs font-semibold uppercase tracking-wide text-zinc-500">
        <span>Your version</span>
        <span>Their version (version {theirs.version})</span>
      </div>
      {pairs.map((p) =>
        p.same ? (
          <p key={p.index} className="text-xs text-zinc-500">
            Turn {p.index + 1} ({p.mine?.role}): the same in both.
          </p>
        ) : (
          <fieldset key={p.index} className="space-y-2 rounded-md border border-zinc-200 bg-white p-3">
            <legend className="px-1 text-sm font-medium">Turn {p.index + 1}</legend>
            <p className="text-xs text-zinc-500">{CHANGED_BY[suggestion.changedBy[p.index] ?? "unknown"]}</p>
            <div className="grid grid-cols-2 gap-3">
              <TurnSide label={`Turn ${p.index + 1}, yours`} turn={p.mine} other={p.theirs} mark="removed" />
              <TurnSide label={`Turn ${p.index + 1}, theirs`} turn={p.theirs} other={p.mine} mark="added" />
            </div>
            <SidePicker
              name={`turn-${p.index}`}
              label={`Turn ${p.index + 1}`}
              value={choices[p.index] ?? "mine"}
              onChange={(s) => setChoices((c) => ({ ...c, [p.index]: s }))}
            />
          </fieldset>
        ),
      )}
      {toolsDiffer ? (
        <fieldset className="space-y-2 rounded-md border border-zinc-200 bg-white p-3">
          <legend className="px-1 text-sm font-medium">Tools</legend>
          <div className="grid grid-cols-2 gap-3 font-mono text-xs">
            <pre className="overflow-x-auto whitespace-pre-wrap">{JSON.stringify(myTools, null, 2) ?? "none"}</pre>
            <pre className="overflow-x-auto whitespace-pre-wrap">{JSON.stringify(theirTools, null, 2) ?? "none"}</pre>
          </div>
          <SidePicker name="tools" label="Tools" value={toolsSide} onChange={setToolsSide} />
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={pending} onClick={() => onSave(merged(choices, toolsSide))}>
          Save merge
        </Button>
        <Button disabled={pending} onClick={() => onSave(merged(chooseAll(myTurns, theirTurns, "mine"), "mine"))}>
          Keep mine
        </Button>
        <Button variant="ghost" disabled={pending} onClick={onTakeTheirs}>
          Take theirs
        </Button>
      </div>
    </section>
  );
}

const CHANGED_BY: Record<ChangedBy, string> = {
  you: "Changed by you; theirs is as it was.",
  them: "Changed by them; yours is as it was, so theirs is taken unless you choose otherwise.",
  both: "Changed by both of you: choose one.",
  unknown: "The two versions differ here.",
};

function TurnSide({ label, turn, other, mark }: { label: string; turn?: EditableMessage; other?: EditableMessage; mark: "added" | "removed" }) {
  if (!turn)
    return (
      <p aria-label={label} className="text-sm italic text-zinc-500">
        (no turn here)
      </p>
    );
  const parts = mark === "removed" ? wordDiff(turnText(turn), other ? turnText(other) : "") : wordDiff(other ? turnText(other) : "", turnText(turn));
  return (
    <div aria-label={label} className="min-w-0 space-y-1">
      <span className="text-xs font-medium text-zinc-500">{turn.role}</span>
      <p className="whitespace-pre-wrap break-words text-sm">
        {parts.map((part, i) =>
          part.kind === "same" ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === mark ? (
            <mark key={i} className={mark === "added" ? "bg-emerald-100 text-emerald-900" : "bg-amber-200 text-amber-950"}>
              {part.text}
            </mark>
          ) : null,
        )}
      </p>
    </div>
  );
}

function SidePicker({ name, label, value, onChange }: { name: string; label: string; value: Side; onChange: (s: Side) => void }) {
  return (
    <div role="radiogroup" aria-label={`${label}: which version to keep`} className="flex gap-4 text-sm">
      {(["mine", "theirs"] as const).map((side) => (
        <label key={side} className="flex items-center gap-1.5">
          <input type="radio" name={name} checked={value === side} onChange={() => onChange(side)} />
          {side === "mine" ? "Keep yours" : "Take theirs"}
        </label>
      ))}
    </div>
  );
}
