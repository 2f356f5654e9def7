"use client";

import { inputClasses } from "@/components/ui/field";
import { parseToolCallsText } from "@/lib/editing/tool-calls-text";

// The two fields every editor of a message shares: its text, growing with what it
// holds, and an assistant message's tool calls as JSON with the problems shown as you
// type. Used by the chat turn editor and by both answers of a preference record.

type TextProps = { label: string; content: unknown; what: "turn" | "answer"; minRows: number; onChange: (content: string) => void };

export function MessageTextArea({ label, content, what, minRows, onChange }: TextProps) {
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
      rows={Math.min(30, Math.max(minRows, text.split("\n").length + Math.floor(text.length / 80)))}
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
          {problem}
        </p>
      ))}
    </div>
  );
}
