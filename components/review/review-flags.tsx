import type { ConversationRow } from "@/lib/validation/conversation-row";
import { ClusterLink, DuplicateOfBadge, QualityBadges } from "@/components/conversations/record-chips";

// What the table's chips say about the record on screen (personal data, pre-flight
// findings, its duplicate cluster, a length outlier, its language), drawn with the
// table's own chips, so review mode is not the one place an annotator cannot see them.

export type ReviewFlagsData = Pick<ConversationRow, "duplicateOfId" | "keeperId" | "cluster" | "quality">;

export function ReviewFlags({ datasetId, flags, invalid }: { datasetId: string; flags: ReviewFlagsData | undefined; invalid: boolean }) {
  if (!flags) return null;
  return (
    <div role="group" aria-label="Flags" className="flex flex-wrap items-center gap-1.5 text-xs">
      <span className="font-medium text-zinc-600">Flags</span>
      {flags.duplicateOfId !== null ? <DuplicateOfBadge id={flags.duplicateOfId} /> : null}
      {flags.cluster ? (
        <span className="text-zinc-600">
          cluster <ClusterLink datasetId={datasetId} cluster={flags.cluster} />
        </span>
      ) : null}
      {flags.keeperId !== null ? <span className="text-zinc-600">duplicate of #{flags.keeperId}</span> : null}
      <QualityBadges quality={flags.quality} invalid={invalid} />
    </div>
  );
}
