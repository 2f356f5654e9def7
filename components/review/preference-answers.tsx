import { Button } from "@/components/ui/button";
import { ANSWER_KEYS, ANSWER_LABELS, swapAnswers, updateAnswer, type AnswerKey, type PreferenceDraft } from "@/lib/editing/preference-draft";
import type { EditableMessage } from "@/lib/editing/edit-operations";
import { MessageTextArea, ToolCallsField } from "./message-fields";
import { EditorSection } from "./editor-section";

// The two answers of a preference record side by side, with the swap between them.
// Each is the assistant's text, and its tool calls as JSON when the record works with
// tools. Content parts (images, audio) are kept as they are.

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

type AnswersProps = { draft: PreferenceDraft; showCalls: boolean; onChange: (edit: (d: PreferenceDraft) => PreferenceDraft) => void };

export function PreferenceAnswers({ draft, showCalls, onChange }: AnswersProps) {
  return (
    <EditorSection
      id="pref-answers-heading"
      title="Answers"
      tools={
        <Button size="sm" className="ml-auto" onClick={() => onChange(swapAnswers)}>
          <span aria-hidden>⇄</span> Swap preferred and non-preferred
        </Button>
      }
    >
      <div className="grid gap-3 md:grid-cols-2">
        {ANSWER_KEYS.map((which) => (
          <AnswerEditor
            key={which}
            which={which}
            message={draft.record[which][0]}
            callsText={draft.answerCalls[which]}
            showCalls={showCalls}
            onChange={(changes) => onChange((d) => updateAnswer(d, which, changes))}
            onCallsText={(text) => onChange((d) => ({ ...d, answerCalls: { ...d.answerCalls, [which]: text } }))}
          />
        ))}
      </div>
    </EditorSection>
  );
}

function AnswerEditor({ which, message, callsText, showCalls, onChange, onCallsText }: Props) {
  const label = ANSWER_LABELS[which];
  const tone = TONES[which];
  return (
    <section aria-label={label} className={`min-w-0 space-y-2 rounded-lg border border-t-4 border-zinc-200 bg-white p-3 shadow-sm ${tone.border}`}>
      <h3 className={`text-xs font-semibold uppercase tracking-wide ${tone.heading}`}>{tone.title}</h3>
      {message && message.role !== "assistant" ? (
        <p className="text-xs text-amber-800">This answer&apos;s role is {message.role}; the format expects assistant.</p>
      ) : null}
      <MessageTextArea label={label} content={message?.content} what="answer" minRows={4} onChange={(content) => onChange({ content })} />
      {showCalls ? <ToolCallsField label={`Tool calls of the ${label.toLowerCase()} (JSON)`} text={callsText} onChange={onCallsText} /> : null}
    </section>
  );
}
