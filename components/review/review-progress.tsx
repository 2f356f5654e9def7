import { formatCount } from "@/components/ui/format";
import { ProgressMeter } from "@/components/ui/progress-meter";

// "132 of 480 reviewed": how far review has got over the filter being walked.

export function ReviewProgress({ reviewed, total }: { reviewed: number; total: number }) {
  return <ProgressMeter label="Review progress" value={reviewed} max={total} text={`${formatCount(reviewed)} of ${formatCount(total)} reviewed`} />;
}
