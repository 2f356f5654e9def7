import type { HiddenTurns } from "@/lib/long-text/bound-record";
import { MessageCard, type LooseMessage } from "./message-card";
import { MoreTurns } from "./more-turns";

// The turns of a conversation in order. A very long conversation arrives with its first
// turns only (the page's text budget); the rest load a batch at a time on request.

export function MessageList({ messages, hidden }: { messages: unknown; hidden?: HiddenTurns }) {
  const list = Array.isArray(messages) ? (messages as LooseMessage[]) : [];
  if (!list.length) return <p className="text-sm text-zinc-500">No messages.</p>;
  return (
    <div className="space-y-2">
      <ol className="space-y-2">
        {list.map((m, i) => (
          <li key={i}>
            <MessageCard message={m} index={i} />
          </li>
        ))}
      </ol>
      {hidden ? <MoreTurns hidden={hidden} /> : null}
    </div>
  );
}

/** The hidden turns of the array at `path`, if the record left some out. */
export function hiddenAt(hidden: HiddenTurns[] | undefined, ...path: string[]): HiddenTurns | undefined {
  return hidden?.find((h) => h.path.join("/") === path.join("/"));
}
