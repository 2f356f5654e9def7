import { Button } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { addInputTurnAfter, deleteInputTurn, moveInputTurn, setInputCalls, updateInputTurn, type PreferenceDraft } from "@/lib/editing/preference-draft";
import { TurnEditor } from "./turn-editor";
import { EditorSection } from "./editor-section";

// The prompt of a preference record, edited with the chat editor's turn rows: a system
// prompt is simply a leading system turn. The input's tools are kept as they are.

type Props = { draft: PreferenceDraft; onChange: (edit: (d: PreferenceDraft) => PreferenceDraft) => void };

export function PreferenceInputEditor({ draft, onChange }: Props) {
  const { messages, tools } = draft.record.input;
  const toolCount = Array.isArray(tools) ? tools.length : 0;
  return (
    <EditorSection
      id="pref-input-heading"
      title="Input"
      tools={
        <>
          {toolCount ? <span className="text-xs text-zinc-500">offers {plural(toolCount, "tool")}, kept as they are</span> : null}
          <span className="ml-auto flex gap-1">
            {messages[0]?.role !== "system" ? (
              <Button size="sm" variant="ghost" onClick={() => onChange((d) => addInputTurnAfter(d, -1, { role: "system", content: "" }))}>
                + System prompt
              </Button>
            ) : null}
            {messages.length === 0 ? (
              <Button size="sm" variant="ghost" onClick={() => onChange((d) => addInputTurnAfter(d, -1, { role: "user", content: "" }))}>
                + Turn
              </Button>
            ) : null}
          </span>
        </>
      }
    >
      <div className="space-y-3">
        {messages.map((m, i) => (
          <TurnEditor
            key={i}
            index={i}
            count={messages.length}
            message={m}
            toolCallsText={draft.inputCalls[i] ?? ""}
            onChange={(changes) => onChange((d) => updateInputTurn(d, i, changes))}
            onToolCallsText={(text) => onChange((d) => setInputCalls(d, i, text))}
            onMove={(to) => onChange((d) => moveInputTurn(d, i, to))}
            onDelete={() => onChange((d) => deleteInputTurn(d, i))}
            onAddAfter={() => onChange((d) => addInputTurnAfter(d, i, { role: m.role === "user" ? "assistant" : "user", content: "" }))}
          />
        ))}
      </div>
    </EditorSection>
  );
}
