import type { BulkAction } from "../validation/bulk";
import { STATUS_LABELS } from "../validation/statuses";

// The words for a bulk change: the sentence the page shows after it ("Replaced the
// system prompt in 40 conversations.") and the shorter summary each touched record's
// revision carries. Pure, so the table, the API and the CLI say the same thing.

const conversations = (n: number) => `${n.toLocaleString("en-US")} conversation${n === 1 ? "" : "s"}`;
const names = (labels: string[]) => `label${labels.length === 1 ? "" : "s"} ${labels.join(", ")}`;
const quoted = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** The operation's summary, for the page, the recent list and the CLI. */
export function describeBulk(action: BulkAction, count: number, occurrences?: number): string {
  const n = conversations(count);
  switch (action.type) {
    case "set_status":
      return `Set the status of ${n} to ${STATUS_LABELS[action.status]}.`;
    case "add_labels":
      return `Added ${names(action.labels)} to ${n}.`;
    case "remove_labels":
      return `Removed ${names(action.labels)} from ${n}.`;
    case "replace_system_prompt":
      return action.text.trim() === "" ? `Removed the system prompt from ${n}.` : `Replaced the system prompt in ${n}.`;
    case "find_replace": {
      const times = occurrences === undefined ? "" : ` (${occurrences.toLocaleString("en-US")} occurrence${occurrences === 1 ? "" : "s"})`;
      return `Replaced ${quoted(action.find)} with ${quoted(action.replace)} in ${n}${times}.`;
    }
    case "redact_pii": {
      const found = occurrences === undefined ? "" : ` (${occurrences.toLocaleString("en-US")} item${occurrences === 1 ? "" : "s"})`;
      return `Redacted personal data in ${n}${found}.`;
    }
    case "delete":
      return `Moved ${n} to the trash.`;
    case "restore":
      return `Restored ${n} from the trash.`;
  }
}

/** What each touched record's revision says (the history list shows it). */
export function revisionSummary(action: BulkAction): string {
  switch (action.type) {
    case "set_status":
      return `bulk: status → ${STATUS_LABELS[action.status]}`;
    case "add_labels":
      return `bulk: labels: ${action.labels.map((l) => `+${l}`).join(" ")}`;
    case "remove_labels":
      return `bulk: labels: ${action.labels.map((l) => `−${l}`).join(" ")}`;
    case "replace_system_prompt":
      return action.text.trim() === "" ? "bulk: removed the system prompt" : "bulk: replaced the system prompt";
    case "find_replace":
      return `bulk: replaced ${quoted(action.find)} with ${quoted(action.replace)}`;
    case "redact_pii":
      return "bulk: redacted personal data";
    case "delete":
      return "bulk: moved to the trash";
    case "restore":
      return "bulk: restored from the trash";
  }
}

/** "3 conversations were changed after this action and were left as they are." */
export function describeUndo(summary: string, undone: number, skipped: number): string {
  const head = `Undid: ${summary.replace(/\.$/, "")} (${conversations(undone)} put back).`;
  if (!skipped) return head;
  const were = skipped === 1 ? "was" : "were";
  return `${head} ${conversations(skipped)} ${were} changed after this action and ${were} left as ${skipped === 1 ? "it is" : "they are"}.`;
}

export type BulkReach = { records: number; selected: number; skipped: number };

/**
 * What Apply will change, said before it does: "Changes 29 of 30 conversations; 1 invalid
 * line is skipped. You can undo it." The count is the preview's, so it is what will change.
 */
export function describeReach({ records, selected, skipped }: BulkReach): string {
  const unchanged = Math.max(0, selected - records - skipped);
  const reasons = [
    skipped ? `${skipped.toLocaleString("en-US")} invalid ${skipped === 1 ? "line is" : "lines are"} skipped` : null,
    unchanged ? `${unchanged.toLocaleString("en-US")} ${unchanged === 1 ? "needs" : "need"} no change` : null,
  ].filter((r) => r !== null);
  if (records === 0) return reasons.length ? `Changes nothing: ${reasons.join("; ")}.` : "Changes nothing.";
  const head = records === selected ? `Changes ${conversations(records)}` : `Changes ${records.toLocaleString("en-US")} of ${conversations(selected)}`;
  return `${[head, ...reasons].join("; ")}. You can undo it.`;
}
