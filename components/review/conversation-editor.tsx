"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { saveConversation } from "@/lib/actions/save-conversation";
import { isMod, isTextField } from "@/components/ui/keyboard";
import { inputClasses } from "@/components/ui/field";
import { addTurnAfter, deleteTurn, moveTurn, updateTurn, type ChatRecord, type EditableMessage } from "@/lib/editing/edit-operations";
import type { BoundedRecord } from "@/lib/long-text/bound-record";
import { TurnEditor } from "./turn-editor";
import { ConflictPanel } from "./conflict-panel";
import { DraftBanner } from "./draft-banner";
import { EditorSaveBar } from "./editor-save-bar";
import { initialEditorState, toolsProblem, toSavable, type ChatEditorState } from "./chat-editor-state";
import { draftKey, useLocalDraft } from "./use-local-draft";
import { AlertText } from "@/components/ui/message-text";

// The turn editor: every change goes through the pure edit operations, Save (or
// Ctrl/⌘+Enter) sends turns and tools with the version being edited. Unsaved work is
// kept as a local draft; a save that meets a colleague's newer version shows both
// side by side to merge; a save that breaks the format is kept and shows its errors.

type Props = {
  id: number;
  version: number;
  messages: EditableMessage[];
  tools: unknown;
  onSaved: (version: number) => void;
  onCancel: () => void;
};

type Result = { text: string; errors?: string[] } | null;

/** A save that never got an answer: the network, or a body over the 2 MB one save may carry. */
export const SAVE_NOT_SENT =
  "The save did not reach the server (no connection, or more than the 2 MB one save can carry). Your edits are kept here; try again, or make very long changes through the API.";

export function ConversationEditor({ id, version, messages, tools, onSaved, onCancel }: Props) {
  const [state, setState] = useState<ChatEditorState>(() => initialEditorState(messages, tools));
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<BoundedRecord | null>(null);
  const [result, setResult] = useState<Result>(null);
  const [pending, startTransition] = useTransition();
  // Structural edits (add, delete, move, role), newest last.
  const undo = useRef<ChatEditorState[]>([]);
  const container = useRef<HTMLDivElement>(null);
  // Opening the editor from the keyboard puts the caret in the first turn at once.
  useEffect(() => container.current?.querySelector("textarea")?.focus(), []);
  const draft = useLocalDraft(draftKey(id), baseVersion, state, (d) => {
    setState(d.value);
    setBaseVersion(d.baseVersion);
  });

  const save = useCallback(
    (toSave: ChatEditorState, onVersion: number) => {
      const savable = toSavable(toSave);
      if (!savable.ok) return setResult({ text: savable.error });
      startTransition(async () => {
        const r = await saveConversation({ id, version: onVersion, messages: savable.messages, tools: savable.tools }).catch(() => null);
        if (!r) return setResult({ text: SAVE_NOT_SENT });
        if (!r.ok) {
          if (r.code === "conflict" && r.current) {
            setConflict(r.current);
            return setResult(null);
          }
          return setResult({ text: r.error });
        }
        draft.clear();
        setConflict(null);
        if (r.kind === "invalid") {
          setBaseVersion(r.version);
          return setResult({
            text: "Saved, but it breaks the format: it cannot be approved until fixed.",
            errors: r.errors.map((e) => `${e.path}: ${e.message}`),
          });
        }
        onSaved(r.version);
      });
    },
    [id, draft, onSaved],
  );

  // Structural edits can be undone with Ctrl/⌘+Z outside a text field (where the browser's own undo applies).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isMod(e) || e.key.toLowerCase() !== "z" || e.shiftKey || isTextField(e.target) || !undo.current.length) return;
      e.preventDefault();
      setState(undo.current.pop()!);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const structural = (fn: (r: ChatRecord) => ChatRecord, calls: (c: string[]) => string[]) => {
    undo.current.push(state);
    setState((s) => ({ ...s, messages: fn({ messages: s.messages }).messages, callsText: calls(s.callsText) }));
  };
  const moveCalls = (from: number, to: number) => (c: string[]) => {
    const n = [...c];
    const [x] = n.splice(from, 1);
    n.splice(to, 0, x);
    return n;
  };

  if (conflict) {
    return (
      <ConflictPanel
        // The base is known unless the draft was begun on an older version than the one the page loaded.
        base={baseVersion === version ? messages : null}
        mine={state}
        theirs={conflict}
        pending={pending}
        onSave={(merged) => {
          setState(merged);
          setBaseVersion(conflict.version);
          save(merged, conflict.version);
        }}
        onTakeTheirs={() => {
          draft.clear();
          onCancel();
        }}
      />
    );
  }

  const problem = toolsProblem(state.toolsText);
  return (
    <div ref={container} className="space-y-3">
      <DraftBanner
        restoredAt={draft.restored?.savedAt}
        basedOn={draft.restored?.baseVersion}
        current={version}
        storageProblem={draft.storageProblem}
        onDiscard={() => {
          draft.clear();
          setState(initialEditorState(messages, tools));
          setBaseVersion(version);
        }}
      />
      {state.messages.map((m, i) => (
        <TurnEditor
          key={i}
          index={i}
          count={state.messages.length}
          message={m}
          toolCallsText={state.callsText[i] ?? ""}
          onChange={(changes) => {
            if ("role" in changes) undo.current.push(state);
            setState((s) => ({ ...s, messages: updateTurn({ messages: s.messages }, i, changes).messages }));
          }}
          onToolCallsText={(text) => setState((s) => ({ ...s, callsText: s.callsText.map((t, j) => (j === i ? text : t)) }))}
          onMove={(to) => structural((r) => moveTurn(r, i, to), moveCalls(i, to))}
          onDelete={() =>
            structural(
              (r) => deleteTurn(r, i),
              (c) => c.filter((_, j) => j !== i),
            )
          }
          onAddAfter={() =>
            structural(
              (r) => addTurnAfter(r, i, { role: m.role === "user" ? "assistant" : "user", content: "" }),
              (c) => [...c.slice(0, i + 1), "", ...c.slice(i + 1)],
            )
          }
        />
      ))}
      <label className="block space-y-1">
        <span className="text-xs font-medium text-zinc-500">Tools (JSON array of function definitions)</span>
        <textarea
          aria-label="Tools (JSON)"
          value={state.toolsText}
          onChange={(e) => setState((s) => ({ ...s, toolsText: e.target.value }))}
          rows={state.toolsText ? 8 : 2}
          className={inputClasses("w-full font-mono text-xs", "multiline")}
        />
        <AlertText text={problem} as="p" className="text-xs text-red-700" />
      </label>
      <EditorSaveBar
        pending={pending}
        onSave={() => save(state, baseVersion)}
        onCancel={() => {
          draft.clear();
          onCancel();
        }}
        result={result}
      />
    </div>
  );
}
