"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { setConversationStatus } from "@/lib/actions/set-conversation-status";
import { setConversationLabels } from "@/lib/actions/set-conversation-labels";
import { restoreRevision } from "@/lib/actions/restore-revision";
import { editableMessages, editablePreference } from "@/lib/editing/editable-messages";
import { reviewQueryString } from "@/lib/validation/review-query";
import { STATUS_LABELS, type Decision } from "@/lib/validation/statuses";
import type { BoundedRecord } from "@/lib/long-text/bound-record";
import { turnEditorRefusal } from "@/lib/long-text/shortened-text";
import { isTextField } from "@/components/ui/keyboard";
import { InvalidBadge, StatusBadge } from "@/components/ui/status-badge";
import { LabelChip } from "@/components/ui/label-chip";
import { ConversationEditor } from "@/components/review/conversation-editor";
import { PreferenceEditor } from "@/components/review/preference-editor";
import { commandFor, type ReviewCommand } from "./shortcuts";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { LabelPicker } from "./label-picker";
import { ReviewRecord } from "./review-record";
import { ReviewToolbar } from "./review-toolbar";
import { useReviewSession } from "./use-review-session";
import { ReviewFlags, type ReviewFlagsData } from "./review-flags";
import { showReviewToast, useReviewUndo } from "./review-toast";

// Review mode: one conversation at a time, walked in the table's order under its
// filter, driven from the keyboard. The next record arrives with this one, so a
// decision shows it at once while the server confirms; keys pressed while the next
// page loads are kept and replayed, so a fast annotator never loses one. Each change
// is confirmed in a toast with its Undo (review-toast.tsx).

type Label = { name: string; color: string };
type Props = {
  datasetId: string;
  query: string;
  record: BoundedRecord;
  next: BoundedRecord | null;
  prevId: number | null;
  labels: Label[];
  /** The chips of the record and of the next one, by id. */
  flags: Record<string, ReviewFlagsData>;
};

const DECISION: Partial<Record<ReviewCommand, Decision>> = { approve: "approved", reject: "rejected", needs_changes: "needs_changes" };
type Feedback = { error: boolean; text: string };
// Survives the remount that each new record brings (the page keys this component by
// record): keys pressed while it loads.
let queued: ReviewCommand[] = [];

export function ReviewWorkspace({ datasetId, query, record: loaded, next, prevId, labels, flags }: Props) {
  const router = useRouter();
  const session = useReviewSession(datasetId);
  const [record, setRecord] = useState(loaded);
  const [seen, setSeen] = useState(loaded);
  // The next record, shown the moment a decision is made, until its own page arrives.
  const [movingTo, setMovingTo] = useState<BoundedRecord | null>(null);
  const [mode, setMode] = useState<"read" | "edit" | "label" | "help">("read");
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, startTransition] = useTransition();
  // A refresh brings the record as stored now; it replaces what this page holds unless older.
  if (loaded !== seen) {
    setSeen(loaded);
    if (loaded.version >= record.version) setRecord(loaded);
  }
  const shown = movingTo ?? record;
  const moving = movingTo !== null;
  const id = Number(record.id);
  const href = (to: number | string) => `/datasets/${datasetId}/review?${reviewQueryString(query, to)}`;
  const editable = editableMessages(record);
  const preference = editable ? null : editablePreference(record);

  const goNext = (from: number) => {
    if (!next) return setFeedback({ error: false, text: "That was the last conversation in this filter." });
    session.visited(from);
    setMovingTo(next);
    router.push(href(next.id));
  };

  const run = (command: ReviewCommand) => {
    if (moving || busy) return void queued.push(command);
    setFeedback(null);
    const status = DECISION[command];
    if (status) return decide(status);
    if (command === "next") return goNext(id);
    if (command === "previous") {
      const back = session.back() ?? prevId;
      return back ? router.push(href(back)) : setFeedback({ error: false, text: "This is the first conversation in this filter." });
    }
    if (command === "edit") {
      const refusal = turnEditorRefusal(record);
      if (refusal) return setFeedback({ error: true, text: refusal });
      if (editable || preference) return setMode("edit");
      return setFeedback({ error: true, text: "This line is not a conversation yet; fix its JSON on its page first." });
    }
    if (command === "label") return setMode("label");
    if (command === "help") return setMode((m) => (m === "help" ? "read" : "help"));
    if (command === "undo") return undo();
  };

  // The next record shows the moment the key is pressed; the server confirms behind it,
  // and a refusal (a colleague's change, an invalid line) brings this one back with why.
  const decide = (status: Decision) => {
    if (next) setMovingTo(next);
    startTransition(async () => {
      const r = await setConversationStatus({ id, version: record.version, status });
      if (!r.ok) return fail(r.error, r.code === "conflict");
      session.pushUndo({ id, before: record.version, after: r.version, what: `${STATUS_LABELS[status].toLowerCase()} #${id}` });
      showReviewToast({ text: `${STATUS_LABELS[status]}: #${id}`, undo: true });
      setRecord({ ...record, status, version: r.version });
      goNext(id);
    });
  };

  const toggleLabel = (name: string) =>
    startTransition(async () => {
      const labels = record.labels.includes(name) ? record.labels.filter((l) => l !== name) : [...record.labels, name];
      const r = await setConversationLabels({ id, version: record.version, labels });
      setMode("read");
      if (!r.ok) return fail(r.error, r.code === "conflict");
      session.pushUndo({ id, before: record.version, after: r.version, what: `labels of #${id}` });
      showReviewToast({ text: `Labels of #${id}: ${r.labels.length ? r.labels.join(", ") : "none"}`, undo: true });
      setRecord({ ...record, labels: r.labels, version: r.version });
      router.refresh();
    });

  const undo = () => {
    const last = session.popUndo();
    if (!last) return setFeedback({ error: false, text: "Nothing to undo in this session yet." });
    startTransition(async () => {
      const r = await restoreRevision({ id: last.id, version: last.after, restore: last.before });
      if (!r.ok) {
        const changed = r.code === "conflict" ? ` #${last.id} was changed again since; open its history to restore an earlier version.` : ` ${r.error}`;
        return setFeedback({ error: true, text: `Could not undo ${last.what}.${changed}` });
      }
      showReviewToast({ text: `Undone: ${last.what}.`, undo: false });
      if (last.id === id) {
        setRecord({ ...record, version: r.version });
        router.refresh();
      } else router.push(href(last.id));
    });
  };

  function afterSave(version: number) {
    session.pushUndo({ id, before: record.version, after: version, what: `the edit of #${id}` });
    showReviewToast({ text: `Saved #${id}.`, undo: true });
    // The saved turns arrive with the refresh; the version is needed at once for the next key.
    setRecord({ ...record, version });
    setMode("read");
    router.refresh();
  }

  function fail(text: string, conflict: boolean) {
    setMovingTo(null);
    setFeedback({ error: true, text: conflict ? `${text}. It has been reloaded: look again, then decide.` : text });
    if (conflict) router.refresh();
  }

  // Keys pressed while a change was being saved or the next record was loading.
  useEffect(() => {
    if (busy || moving || !queued.length) return;
    const t = window.setTimeout(() => {
      // One at a time: the command may start another wait, after which this runs again.
      const [first, ...rest] = queued;
      queued = rest;
      if (first) run(first);
    });
    return () => window.clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run is rebuilt every render; the wait is what matters
  }, [busy, moving]);

  useReviewUndo(() => run("undo"));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (mode === "edit" || mode === "label" || isTextField(e.target)) return;
      const command = commandFor(e);
      if (!command || (mode === "help" && command !== "help")) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <h2 className="text-lg font-semibold">
            <Link href={`/conversations/${shown.id}`} className="hover:underline">
              Conversation #{shown.id}
            </Link>
          </h2>
          {shown.kind === "invalid" ? <InvalidBadge /> : <StatusBadge status={shown.status} />}
          {shown.labels.map((name) => (
            <LabelChip key={name} name={name} color={labels.find((l) => l.name === name)?.color ?? ""} />
          ))}
          {moving ? <span className="text-xs text-zinc-500">Opening…</span> : null}
        </div>
        <ReviewToolbar
          status={shown.status}
          canApprove={shown.kind !== "invalid"}
          canEdit={mode === "read"}
          hasPrevious={prevId !== null}
          hasNext={next !== null}
          busy={busy}
          run={run}
        />
      </div>
      <ReviewFlags datasetId={datasetId} flags={flags[shown.id]} invalid={shown.kind === "invalid"} />
      <div aria-live="polite" className="min-h-5 text-sm">
        {feedback ? (
          <p className={feedback.error ? "text-red-700" : "text-zinc-600"} role={feedback.error ? "alert" : undefined}>
            {feedback.text}
          </p>
        ) : null}
      </div>
      {mode === "label" ? <LabelPicker labels={labels} onRecord={record.labels} onToggle={toggleLabel} onClose={() => setMode("read")} /> : null}
      {mode === "edit" && editable ? (
        <ConversationEditor
          id={id}
          version={record.version}
          messages={editable.messages}
          tools={editable.tools}
          onSaved={afterSave}
          onCancel={() => setMode("read")}
        />
      ) : mode === "edit" && preference ? (
        <PreferenceEditor id={id} version={record.version} record={preference} onSaved={afterSave} onCancel={() => setMode("read")} />
      ) : (
        <ReviewRecord record={shown} />
      )}
      {shown.note ? (
        <p className="rounded-md border border-zinc-200 bg-white p-3 text-sm text-zinc-700">
          <span className="font-medium">Reviewer note:</span> {shown.note}
        </p>
      ) : null}
      <ShortcutsDialog open={mode === "help"} onClose={() => setMode("read")} />
    </div>
  );
}
