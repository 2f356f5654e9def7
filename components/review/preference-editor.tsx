"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState, useTransition } from "react";
import { savePreference } from "@/lib/actions/save-preference";
import { partsOf } from "@/lib/editing/preference-conflict";
import { ANSWER_KEYS, draftFromRecord, preparePreferenceSave, PreferenceDraftSchema, type PreferenceDraft } from "@/lib/editing/preference-draft";
import type { BoundedRecord } from "@/lib/long-text/bound-record";
import { PreferenceAnswers } from "./preference-answers";
import { PreferenceConflictPanel } from "./preference-conflict-panel";
import { PreferenceInputEditor } from "./preference-input-editor";
import { DraftBanner } from "./draft-banner";
import { EditorSaveBar } from "./editor-save-bar";
import { parseToolCallsText } from "@/lib/editing/tool-calls-text";
import { clearDraft, draftKey, useLocalDraft } from "./use-local-draft";
import { SAVE_NOT_SENT } from "./conversation-editor";

// The preference (DPO) editor: the input's turns, the two answers and a swap, saved
// together with the version being edited (Save or Ctrl/⌘+Enter). Unsaved edits are
// kept as a local draft; a save that breaks the format is kept and answered with its
// errors; a colleague's newer version is shown beside this one before anything is lost.

type Parts = { input?: unknown; preferred_output?: unknown; non_preferred_output?: unknown };
type Props = { id: number; version: number; record: Parts; onSaved: (version: number) => void; onCancel: () => void };

export function PreferenceEditor({ id, version, record, onSaved, onCancel }: Props) {
  // Discarding the draft or taking a colleague's version starts the form afresh.
  const [source, setSource] = useState({ generation: 0, version, record });
  const restart = (next?: { version: number; record: Parts }) => setSource((s) => ({ ...s, ...next, generation: s.generation + 1 }));
  return (
    <PreferenceForm key={source.generation} id={id} version={source.version} record={source.record} onSaved={onSaved} onCancel={onCancel} onRestart={restart} />
  );
}

const parseCalls = (text: string) => parseToolCallsText(text).calls;
const offersTools = (p: Parts) => Array.isArray((p.input as { tools?: unknown } | null)?.tools);

function PreferenceForm({ id, version, record, onSaved, onCancel, onRestart }: Props & { onRestart: (next?: { version: number; record: Parts }) => void }) {
  const router = useRouter();
  const [draft, setDraft] = useState(() => draftFromRecord(record));
  const [base, setBase] = useState(version);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; errors?: string[] } | null>(null);
  const [conflict, setConflict] = useState<BoundedRecord | null>(null);
  const [pending, startTransition] = useTransition();
  const [showCalls] = useState(() => offersTools(record) || ANSWER_KEYS.some((k) => draft.answerCalls[k] !== ""));

  const key = draftKey(id, "preference");
  const { clear, storageProblem } = useLocalDraft<PreferenceDraft>(key, base, draft, (stored) => {
    const parsed = PreferenceDraftSchema.safeParse(stored.value);
    if (!parsed.success) return clearDraft(key);
    setDraft(parsed.data);
    setBase(stored.baseVersion);
    setRestoredAt(stored.savedAt);
  });

  const prepared = useMemo(() => preparePreferenceSave(draft, parseCalls), [draft]);
  const save = useCallback(
    (onVersion: number) => {
      if (!prepared.ok) return setResult({ text: prepared.problem });
      setResult(null);
      startTransition(async () => {
        const r = await savePreference({ id, version: onVersion, ...prepared.parts }).catch(() => null);
        if (!r) return setResult({ text: SAVE_NOT_SENT });
        if (!r.ok) {
          if (r.code === "conflict" && r.current) setConflict(r.current);
          else setResult({ text: r.error });
          return;
        }
        clear();
        setConflict(null);
        setRestoredAt(null);
        if (r.kind !== "invalid") {
          return onSaved(r.version);
        }
        setBase(r.version);
        setResult({ text: "Saved, but it breaks the format: it cannot be approved until fixed.", errors: r.errors.map((e) => `${e.path}: ${e.message}`) });
        router.refresh();
      });
    },
    [prepared, id, clear, onSaved, router],
  );

  return (
    <div className="space-y-4">
      <DraftBanner
        restoredAt={restoredAt ?? undefined}
        basedOn={base}
        current={version}
        storageProblem={storageProblem}
        onDiscard={() => {
          clear();
          onRestart();
        }}
      />
      <PreferenceInputEditor draft={draft} onChange={setDraft} />
      <PreferenceAnswers draft={draft} showCalls={showCalls} onChange={setDraft} />
      {conflict ? (
        <PreferenceConflictPanel
          theirs={conflict}
          mine={prepared.ok ? prepared.parts : draft.record}
          pending={pending}
          onKeepMine={() => {
            setBase(conflict.version);
            save(conflict.version);
          }}
          onTakeTheirs={() => {
            clear();
            onRestart({ version: conflict.version, record: partsOf(conflict) });
            router.refresh();
          }}
        />
      ) : null}
      <EditorSaveBar
        pending={pending}
        onSave={() => save(base)}
        onCancel={() => {
          clear();
          onCancel();
        }}
        result={result}
      />
    </div>
  );
}
