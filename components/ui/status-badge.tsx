import { Badge, VocabularyBadge, type BadgeTone } from "./badge";
import { STATUS_LABELS, type Status } from "@/lib/validation/statuses";

const STATUS_TONES: Record<Status, BadgeTone> = {
  pending: "gray",
  approved: "green",
  rejected: "red",
  needs_changes: "amber",
  duplicate: "violet",
};

export function StatusBadge({ status }: { status: string }) {
  return <VocabularyBadge value={status} labels={STATUS_LABELS} tones={STATUS_TONES} />;
}

/** Lines that failed the format check: red everywhere, so they are never mistaken for training data. */
export function InvalidBadge() {
  return (
    <Badge tone="red" title="This line does not pass the OpenAI format check and is never exported">
      Invalid
    </Badge>
  );
}
