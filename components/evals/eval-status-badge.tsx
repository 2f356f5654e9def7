import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EVAL_STATUS_LABELS, type EvalStatus } from "@/lib/evals/eval-vocabulary";

const TONES: Record<EvalStatus, BadgeTone> = { queued: "blue", running: "indigo", cancelled: "gray", completed: "green", failed: "red" };

export function EvalStatusBadge({ status }: { status: EvalStatus }) {
  return <Badge tone={TONES[status] ?? "gray"}>{EVAL_STATUS_LABELS[status] ?? status}</Badge>;
}
