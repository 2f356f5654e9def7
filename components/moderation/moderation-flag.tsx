import type { ModerationVerdict } from "@/lib/moderation/moderation-verdict";
import { categoryLabel } from "@/lib/moderation/moderation-verdict";
import { Badge } from "@/components/ui/badge";

// Beside a record's status: the provider's moderation scan flagged it, and for what.
// A fine-tune job would likely reject the file with this record in it.

export function ModerationFlag({ verdict }: { verdict: ModerationVerdict | null }) {
  if (!verdict?.flagged) return null;
  const top = verdict.top ? ` Highest score: ${categoryLabel(verdict.top.category)} ${verdict.top.score.toFixed(2)}.` : "";
  return (
    <Badge tone="red" title={`The provider's moderation scan flagged this record; a fine-tune job would likely reject it.${top}`}>
      Flagged: {verdict.categories.length ? verdict.categories.map(categoryLabel).join(", ") : "no category named"}
    </Badge>
  );
}
