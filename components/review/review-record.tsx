import Link from "next/link";
import type { BoundedRecord } from "@/lib/long-text/bound-record";
import { isShortened } from "@/lib/long-text/shortened-text";
import { hiddenAt, MessageList } from "@/components/review/message-list";
import { PreferenceView } from "@/components/review/preference-view";
import { ToolsSection } from "@/components/review/tools-section";
import { JsonBlock } from "@/components/review/text-block";
import { LongText } from "@/components/review/long-text";

// The conversation as review mode reads it: the same turns, tools and answers the
// conversation page shows, bounded the same way; an invalid line with its errors and a
// way to fix it.

export function ReviewRecord({ record }: { record: BoundedRecord }) {
  if (record.kind === "preference") {
    return <PreferenceView input={record.input} preferred={record.preferred_output} nonPreferred={record.non_preferred_output} hidden={record.hidden_turns} />;
  }
  if (record.kind === "invalid") {
    return (
      <div className="space-y-3">
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">This line does not pass the format check, so it cannot be approved yet.</p>
          <ul className="mt-1 list-disc pl-5">
            {(record.errors ?? []).map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <span className="font-mono">{e.path}</span>: {e.message}
              </li>
            ))}
          </ul>
          <Link href={`/conversations/${record.id}`} className="mt-2 inline-block font-medium underline">
            Fix it on its page
          </Link>
        </div>
        {isShortened(record.raw) ? <LongText value={record.raw} as="code" /> : <JsonBlock value={record.raw} />}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <ToolsSection tools={record.tools} parallelToolCalls={record.parallel_tool_calls} />
      <MessageList messages={record.messages} hidden={hiddenAt(record.hidden_turns, "messages")} />
    </div>
  );
}
