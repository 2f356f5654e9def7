"use client";

import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { toolCallProblems, type EditableMessage, type ToolCallDraft } from "@/lib/editing/edit-operations";
import { useTurnReorder } from "./use-turn-reorder";

// One turn in the editor: role, text (growing with its content), and for an assistant
// turn its weight and tool calls, edited as JSON and checked as you type. A turn moves
// with its ↑/↓ buttons, by dragging its handle onto another turn, or with Alt+↑/↓.

const ROLES = ["system", "user", "assistant", "tool"];

type Props = {
  index: number;
  count: number;
  message: EditableMessage;
  toolCallsText: string;
  onChange: (changes: Partial<EditableMessage>) => void;
  onToolCallsText: (text: string) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  onAddAfter: () => void;
};

export function parseToolCallsText(text: string): { calls: ToolCallDraft[] | null; problems: string[] } {
  if (text.trim() === "") return { calls: [], problems: [] };
  try {
    const raw = JSON.parse(text);
    if (!Array.isArray(raw)) return { calls: null, problems: ["Tool calls must be a JSON array"] };
    const calls = raw.map((c: { id?: unknown; function?: { name?: unknown; arguments?: unknown } }) => ({
      id: String(c?.id ?? ""),
      name: String(c?.function?.name ?? ""),
      arguments: typeof c?.function?.arguments === "string" ? c.function.arguments : JSON.stringify(c?.function?.arguments ?? ""),
    }));
    return { calls, problems: toolCallProblems(calls) };
  } catch (e) {
    return { calls: null, problems: [`Tool calls are not valid JSON yet: ${(e as Error).message}`] };
  }
}

export function TurnEditor(p: Props) {
  const n = p.index + 1;
  const { message } = p;
  const text = typeof message.content === "string" ? message.content : message.content == null ? "" : JSON.stringify(message.content);
  const isAssistant = message.role === "assistant";
  // Content parts (images, audio, files) are kept as they are; only plain text is edited here.
  const parts = Array.isArray(message.content);
  const toolProblems = isAssistant ? parseToolCallsText(p.toolCallsText).problems : [];
  const reorder = useTurnReorder(p.index, p.count, p.onMove);
  return (
    <article
      aria-label={`Turn ${n}, ${message.role}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      {...reorder.card}
      className={`relative space-y-2 rounded-lg border bg-white p-3 shadow-sm transition-opacity ${
        reorder.over ? "border-indigo-300 ring-2 ring-indigo-200" : "border-zinc-200"
      } ${reorder.dragging ? "opacity-50" : ""}`}
    >
      {reorder.over ? (
        <div
          aria-hidden
          className={`pointer-events-none absolute inset-x-2 h-1 rounded-full bg-indigo-500 ${reorder.over === "before" ? "-top-2" : "-bottom-2"}`}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <span
          role="button"
          tabIndex={0}
          aria-label={`Drag turn ${n} to reorder`}
          title="Drag onto another turn to move it there (or press Alt+↑/↓ while editing the turn)"
          {...reorder.handle}
          className="grid h-7 w-5 cursor-grab select-none place-items-center rounded text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 active:cursor-grabbing"
        >
          ⠿
        </span>
        <select
          aria-label={`Role of turn ${n}`}
          value={message.role}
          onChange={(e) => p.onChange({ role: e.target.value })}
          className={inputClasses("w-32", "sm")}
        >
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        {isAssistant ? (
          <label className="flex items-center gap-1 text-xs text-zinc-600">
            <input type="checkbox" checked={message.weight !== 0} onChange={(e) => p.onChange({ weight: e.target.checked ? undefined : 0 })} />
            Train on turn {n}
          </label>
        ) : null}
        <span className="ml-auto flex gap-1">
          <Button size="sm" variant="ghost" aria-label={`Move turn ${n} up`} disabled={p.index === 0} onClick={() => p.onMove(p.index - 1)}>
            ↑
          </Button>
          <Button size="sm" variant="ghost" aria-label={`Move turn ${n} down`} disabled={p.index === p.count - 1} onClick={() => p.onMove(p.index + 1)}>
            ↓
          </Button>
          <Button size="sm" variant="ghost" aria-label={`Add a turn after turn ${n}`} onClick={p.onAddAfter}>
            + Turn
          </Button>
          <Button size="sm" variant="danger" aria-label={`Delete turn ${n}`} onClick={p.onDelete}>
            Delete
          </Button>
        </span>
      </div>
      <textarea
        aria-label={`Message ${n} (${message.role})`}
        value={text}
        onChange={(e) => p.onChange({ content: e.target.value })}
        readOnly={parts}
        title={parts ? "This turn has content parts (e.g. images); edit them through the raw JSON" : undefined}
        rows={Math.min(30, Math.max(2, text.split("\n").length + Math.floor(text.length / 90)))}
        className={inputClasses("w-full font-mono text-[13px]", "multiline")}
      />
      {isAssistant ? (
        <div className="space-y-1">
          <textarea
            aria-label={`Tool calls of turn ${n} (JSON)`}
            value={p.toolCallsText}
            onChange={(e) => p.onToolCallsText(e.target.value)}
            rows={p.toolCallsText ? Math.min(16, p.toolCallsText.split("\n").length + 1) : 1}
            placeholder='Tool calls as JSON: [{"id": "call_1", "type": "function", "function": {"name": "...", "arguments": "{}"}}]'
            className={inputClasses("w-full font-mono text-xs", "multiline")}
          />
          {toolProblems.map((problem) => (
            <p key={problem} role="alert" className="text-xs text-red-700">
              {problem}
            </p>
          ))}
        </div>
      ) : null}
    </article>
  );
}
