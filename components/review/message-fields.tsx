"use client";

import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { formatCount } from "@/components/ui/format";
import { parseToolCallsText } from "@/lib/editing/tool-calls-text";
import { EDITABLE_MAX_CHARS } from "@/lib/long-text/limits";
import { isShortened, shownOf, type ShortenedText } from "@/lib/long-text/shortened-text";
import { useWholeText } from "./use-whole-text";
import { InlineError } from "./reload-button";
import { MessageText } from "@/components/ui/message-text";

// The two fields every editor of a message shares: its text, growing with what it
// holds, and an assistant message's tool calls as JSON with the problems shown as you
// type. Used by the chat turn editor and by both answers of a preference record.

type TextProps = { label: string; content: unknown; what: "turn" | "answer"; minRows: number; onChange: (content: string) => void };

export function MessageTextArea({ label, content, what, minRows, onChange }: TextProps) {
  if (isShortened(content)) return <ShortenedTextArea label={label} value={content} what={what} onLoaded={onChange} />;
  const text = typeof content === "string" ? content : content == null ? "" : JSON.stringify(content);
  // Content parts (images, audio, files) are kept as they are; only plain text is edited here.
  const parts = Array.isArray(content);
  return (
    <textarea
      aria-label={label}
      value={text}
      onChange={(e) => onChange(e.target.value)}
      readOnly={parts}
      title={parts ? `This ${what} has content parts (e.g. images); edit them through the raw JSON` : undefined}
      rows={rowsFor(text, minRows)}
      className={inputClasses("w-full font-mono text-[13px]", "multiline")}
    />
  );
}

export function ToolCallsField({ label, text, onChange }: { label: string; text: string; onChange: (text: string) => void }) {
  const { problems } = parseToolCallsText(text);
  return (
    <div className="space-y-1">
      <textarea
        aria-label={label}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        rows={text ? Math.min(16, text.split("\n").length + 1) : 1}
        placeholder='Tool calls as JSON: [{"id": "call_1", "type": "function", "function": {"name": "...", "arguments": "{}"}}]'
        className={inputClasses("w-full font-mono text-xs", "multiline")}
      />
      {problems.map((problem) => (
        <p key={problem} role="alert" className="text-xs text-red-700">
          <MessageText text={problem} />
        </p>
      ))}
    </div>
  );
}

/** Rows for a text field: it grows with the text, up to 30; a long text is not split on every keystroke. */
function rowsFor(text: string, minRows: number): number {
  if (text.length > 30 * 80) return 30;
  return Math.min(30, Math.max(minRows, text.split("\n").length + Math.floor(text.length / 80)));
}

/**
 * A message the page sent shortened: its start, read-only, until the whole text is
 * loaded into the field. Left unloaded it is saved as it is stored (the server puts the
 * stored text back), so a shortened text can never be saved over the whole one.
 */
function ShortenedTextArea({ label, value, what, onLoaded }: { label: string; value: ShortenedText; what: string; onLoaded: (text: string) => void }) {
  const s = value.$shortened;
  const editable = s.length <= EDITABLE_MAX_CHARS;
  const { load, percent: loading, error } = useWholeText(value, "Could not load the whole text", onLoaded);
  return (
    <div className="space-y-1">
      <textarea
        aria-label={label}
        value={s.text}
        readOnly
        rows={8}
        className={inputClasses("w-full bg-zinc-50 font-mono text-[13px] text-zinc-600", "multiline")}
      />
      <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600">
        <span>
          {shownOf(s.text.length, s.length)}.{" "}
          {editable
            ? `Load the whole ${what} to edit it; until then it is kept as it is.`
            : `This ${what} is too long to edit in the browser (over ${formatCount(EDITABLE_MAX_CHARS)} characters); it is kept as it is when you save.`}
        </span>
        {editable ? (
          <Button size="sm" onClick={load} disabled={loading !== null}>
            {loading === null ? `Load the whole ${what} to edit` : `Loading… ${loading}%`}
          </Button>
        ) : null}
        {error ? <InlineError className="text-red-700" text={error} /> : null}
      </p>
    </div>
  );
}
