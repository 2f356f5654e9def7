import { describeFilter } from "@/lib/stats/describe-filter";
import { ConversationFilterSchema } from "@/lib/validation/conversation-filter";
import { STATUS_LABELS, type Status } from "@/lib/validation/statuses";

// A snapshot's filter in words ("Approved", "All statuses · label “billing”"), for its list and page.
export function filterWords(filter: Record<string, unknown>): string {
  const { status, allowErrors: _a, ...rest } = filter;
  const parsed = ConversationFilterSchema.omit({ status: true }).safeParse(rest);
  const parts = parsed.success ? describeFilter(parsed.data) : [];
  const head = status === "all" || status === undefined ? "All statuses" : (STATUS_LABELS[status as Status] ?? String(status));
  return [head, ...parts].join(" · ");
}
