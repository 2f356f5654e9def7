"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, useTransition } from "react";
import { savePreference } from "@/lib/actions/save-preference";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { partsOf } from "@/lib/editing/preference-conflict";
import {
  ANSWER_KEYS, draftFromRecord, preparePreferenceSave, PreferenceDraftSchema, type PreferenceDraft,
} from "@/lib/editing/preference-draft";
import type { ConversationRecord } from "@/lib/validation/conversation-record";
import { PreferenceAnswers } from "./preference-answers";
import { PreferenceConflictPanel } from "./preference-conflict-panel";
import { PreferenceInputEditor } from "./preference-input-editor";
import { RestoredDraftNotice } from "./restored-draft-notice";
import { parseToolCallsText } from "./turn-editor";
import { clearDraft, draftKey, useLocalDraft } from "./use-local-draft";

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
  return <PreferenceForm key={source.generation} id={id} version={source.version} record={source.record} onSaved={onSaved} onCancel={onCancel} onRestart={restart} />;
}

const parseCalls = (text: string) => parseToolCallsText(text).calls;
const offersTools = (p: Parts) => Array.isArray((p.input as { tools?: unknown } | null)?.tools);

function PreferenceForm({ id, version, record, onSaved, onCancel, onRestart }: Props & { onRestart: (next?: { version: number; record: Parts }) => void }) {
  const router = useRouter();
  const [draft, setDraft] = useState(() => draftFromRecord(record));
  const [base, setBase] = useState(version);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; errors?: string[] } | null>(null);
  const [conflict, setConflict] = useState<ConversationRecord | null>(null);
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
        const r = await savePreference({ id, version: onVersion, ...prepared.parts });
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key === "Enter") {
        e.preventDefault();
        save(base);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save, base]);

  return (
    <div className="space-y-4">
      {restoredAt ? (
        <RestoredDraftNotice
          savedAt={restoredAt}
          stale={base < version}
          onDiscard={() => {
            clear();
            onRestart();
          }}
        />
      ) : null}
      {storageProblem ? <Notice tone="warning">{storageProblem}</Notice> : null}
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
      <div className="sticky bottom-0 flex flex-wrap items-center gap-2 border-t border-zinc-200 bg-zinc-50/95 py-2">
        <Button variant="primary" onClick={() => save(base)} disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <Button variant="ghost" onClick={() => {
            clear();
            onCancel();
          }}>
          Cancel
        </Button>
        <span className="text-xs text-zinc-500">Ctrl/⌘+Enter saves</span>
        {result ? (
          <div role="alert" className="text-xs text-red-700">
            {result.text}
            {result.errors?.map((e) => <div key={e}>{e}</div>)}
          </div>
        ) : null}
      </div>
    </div>
  );
}
