"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import { saveConversation } from "@/lib/actions/save-conversation";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import {
  addTurnAfter, deleteTurn, moveTurn, setToolCalls, updateTurn, type ChatRecord, type EditableMessage,
} from "@/lib/editing/edit-operations";
import { TurnEditor, parseToolCallsText } from "./turn-editor";

// The turn editor: every change goes through the pure edit operations, Save (or
// Ctrl/⌘+Enter) sends turns and tools with the version being edited. A save that
// breaks the format is kept and answered with its errors; a stale version is refused.

type Props = { id: number; version: number; messages: EditableMessage[]; tools: unknown; onDone: string };

const pretty = (v: unknown) => (v === undefined || v === null ? "" : JSON.stringify(v, null, 2));

export function ConversationEditor({ id, version, messages: initial, tools: initialTools, onDone }: Props) {
  const router = useRouter();
  const [record, setRecord] = useState<ChatRecord>({ messages: initial });
  const [callsText, setCallsText] = useState(() => initial.map((m) => pretty(m.tool_calls)));
  const [toolsText, setToolsText] = useState(pretty(initialTools));
  const [result, setResult] = useState<{ ok: boolean; text: string; errors?: string[] } | null>(null);
  const [pending, startTransition] = useTransition();

  const toolsProblem = (() => {
    if (!toolsText.trim()) return null;
    try {
      return Array.isArray(JSON.parse(toolsText)) ? null : "Tools must be a JSON array of function definitions";
    } catch (e) {
      return `Tools are not valid JSON yet: ${(e as Error).message}`;
    }
  })();

  const save = useCallback(() => {
    let next = record;
    for (const [i, m] of next.messages.entries()) {
      if (m.role !== "assistant") continue;
      const { calls } = parseToolCallsText(callsText[i] ?? "");
      if (calls === null) return setResult({ ok: false, text: `Fix the tool calls of turn ${i + 1} first.` });
      next = setToolCalls(next, i, calls);
    }
    if (toolsProblem) return setResult({ ok: false, text: toolsProblem });
    startTransition(async () => {
      const r = await saveConversation({ id, version, messages: next.messages, tools: toolsText.trim() ? JSON.parse(toolsText) : null });
      if (!r.ok) return setResult({ ok: false, text: r.error });
      if (r.kind === "invalid") {
        return setResult({ ok: false, text: "Saved, but it breaks the format: it cannot be approved until fixed.", errors: r.errors.map((e) => `${e.path}: ${e.message}`) });
      }
      router.replace(onDone);
      router.refresh();
    });
  }, [record, callsText, toolsText, toolsProblem, id, version, onDone, router]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key === "Enter") {
        e.preventDefault();
        save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  const edit = (fn: (r: ChatRecord) => ChatRecord, calls: (c: string[]) => string[] = (c) => c) => {
    setRecord(fn);
    setCallsText(calls);
  };

  return (
    <div className="space-y-3">
      {record.messages.map((m, i) => (
        <TurnEditor
          key={i}
          index={i}
          count={record.messages.length}
          message={m}
          toolCallsText={callsText[i] ?? ""}
          onChange={(changes) => edit((r) => updateTurn(r, i, changes))}
          onToolCallsText={(text) => setCallsText((c) => c.map((t, j) => (j === i ? text : t)))}
          onMove={(to) => edit((r) => moveTurn(r, i, to), (c) => { const n = [...c]; const [x] = n.splice(i, 1); n.splice(to, 0, x); return n; })}
          onDelete={() => edit((r) => deleteTurn(r, i), (c) => c.filter((_, j) => j !== i))}
          onAddAfter={() =>
            edit(
              (r) => addTurnAfter(r, i, { role: m.role === "user" ? "assistant" : "user", content: "" }),
              (c) => [...c.slice(0, i + 1), "", ...c.slice(i + 1)],
            )
          }
        />
      ))}
      <label className="block space-y-1">
        <span className="text-xs font-medium text-zinc-500">Tools (JSON array of function definitions)</span>
        <textarea aria-label="Tools (JSON)" value={toolsText} onChange={(e) => setToolsText(e.target.value)} rows={toolsText ? 8 : 2} className={inputClasses("w-full font-mono text-xs", "multiline")} />
        {toolsProblem ? <p role="alert" className="text-xs text-red-700">{toolsProblem}</p> : null}
      </label>
      <div className="sticky bottom-0 flex items-center gap-2 border-t border-zinc-200 bg-zinc-50/95 py-2">
        <Button variant="primary" onClick={save} disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <Button variant="ghost" onClick={() => router.replace(onDone)}>
          Cancel
        </Button>
        <span className="text-xs text-zinc-500">Ctrl/⌘+Enter saves</span>
        {result ? (
          <div role={result.ok ? "status" : "alert"} className="text-xs text-red-700">
            {result.text}
            {result.errors?.map((e) => <div key={e}>{e}</div>)}
          </div>
        ) : null}
      </div>
    </div>
  );
}
