import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

// Said when an editor opens with edits kept from an earlier visit, so the annotator
// knows the text in front of them is not what is saved, and can throw it away.
// `stale`: the record was saved again since the draft began, so saving will show both versions.
export function RestoredDraftNotice({ savedAt, stale, onDiscard }: { savedAt: string; stale: boolean; onDiscard: () => void }) {
  return (
    <Notice tone="info">
      Restored your unsaved draft from <time dateTime={savedAt}>{formatDateTime(savedAt)}</time>. Save it, or{" "}
      <button type="button" onClick={onDiscard} className="font-medium underline">
        Discard draft
      </button>{" "}
      to see the saved version.
      {stale ? " The record was saved again since this draft began: saving it will show you both versions first." : null}
    </Notice>
  );
}
