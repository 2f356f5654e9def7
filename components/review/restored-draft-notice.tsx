import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

// Said when an editor opens with edits kept from an earlier visit, so the annotator
// knows the text in front of them is not what is saved, and can throw it away.
export function RestoredDraftNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  return (
    <Notice tone="info">
      Restored your unsaved draft from <time dateTime={savedAt}>{formatDateTime(savedAt)}</time>. Save it, or{" "}
      <button type="button" onClick={onDiscard} className="font-medium underline">
        Discard draft
      </button>{" "}
      to see the saved version.
    </Notice>
  );
}
