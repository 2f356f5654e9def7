import { inputClasses } from "@/components/ui/field";
import { ANSWER_LABELS, type AnswerKey } from "@/lib/editing/preference-draft";
import type { EditableMessage } from "@/lib/editing/edit-operations";
import { parseToolCallsText } from "./turn-editor";

// One answer of a preference record: the assistant's text, and its tool calls as JSON
// when the record works with tools. Content parts (images, audio) are kept as they are.

type Props = {
  which: AnswerKey;
  message: EditableMessage | undefined;
  callsText: string;
  showCalls: boolean;
  onChange: (changes: Partial<EditableMessage>) => void;
  onCallsText: (text: string) => void;
};

const TONES: Record<AnswerKey, { title: string; border: string; heading: string }> = {
  preferred_output: { title: "Preferred", border: "border-t-emerald-400", heading: "text-emerald-700" },
  non_preferred_output: { title: "Non-preferred", border: "border-t-red-400", heading: "text-red-700" },
};

export function AnswerEditor({ which, message, callsText, showCalls, onChange, onCallsText }: Props) {
  const label = ANSWER_LABELS[which];
  const tone = TONES[which];
  const content = message?.content;
  const parts = Array.isArray(content);
  const text = typeof content === "string" ? content : content == null ? "" : JSON.stringify(content);
  const problems = showCalls ? parseToolCallsText(callsText).problems : [];
  return (
    <section aria-label={label} className={`min-w-0 space-y-2 rounded-lg border border-t-4 border-zinc-200 bg-white p-3 shadow-sm ${tone.border}`}>
      <h3 className={`text-xs font-semibold uppercase tracking-wide ${tone.heading}`}>{tone.title}</h3>
      {message && message.role !== "assistant" ? (
        <p className="text-xs text-amber-800">This answer&apos;s role is {message.role}; the format expects assistant.</p>
      ) : null}
      <textarea
        aria-label={label}
        value={text}
        onChange={(e) => onChange({ content: e.target.value })}
        readOnly={parts}
        title={parts ? "This answer has content parts (e.g. images); edit them through the raw JSON" : undefined}
        rows={Math.min(30, Math.max(4, text.split("\n").length + Math.floor(text.length / 70)))}
        className={inputClasses("w-full font-mono text-[13px]", "multiline")}
      />
      {showCalls ? (
        <div className="space-y-1">
          <textarea
            aria-label={`Tool calls of the ${label.toLowerCase()} (JSON)`}
            value={callsText}
            onChange={(e) => onCallsText(e.target.value)}
            rows={callsText ? Math.min(16, callsText.split("\n").length + 1) : 1}
            placeholder='Tool calls as JSON: [{"id": "call_1", "type": "function", "function": {"name": "...", "arguments": "{}"}}]'
            className={inputClasses("w-full font-mono text-xs", "multiline")}
          />
          {problems.map((problem) => (
            <p key={problem} role="alert" className="text-xs text-red-700">
              {problem}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
