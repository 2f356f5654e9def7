"use client";

import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { EditableMessage } from "@/lib/editing/edit-operations";
import { MessageTextArea, ToolCallsField } from "./message-fields";
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

export function TurnEditor(p: Props) {
  const n = p.index + 1;
  const { message } = p;
  const isAssistant = message.role === "assistant";
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
          className="grid h-7 w-5 cursor-grab select-none place-items-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-700 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 active:cursor-grabbing"
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
      <MessageTextArea
        label={`Message ${n} (${message.role})`}
        content={message.content}
        what="turn"
        minRows={2}
        onChange={(content) => p.onChange({ content })}
      />
      {isAssistant ? <ToolCallsField label={`Tool calls of turn ${n} (JSON)`} text={p.toolCallsText} onChange={p.onToolCallsText} /> : null}
    </article>
  );
}
