import { VocabularyBadge, type BadgeTone } from "@/components/ui/badge";
import { FINE_TUNE_STATUS_LABELS, type FineTuneStatus } from "@/lib/fine-tunes/fine-tune-vocabulary";

const TONES: Record<FineTuneStatus, BadgeTone> = {
  uploading: "gray",
  creating: "gray",
  validating_files: "blue",
  queued: "blue",
  running: "indigo",
  paused: "amber",
  succeeded: "green",
  failed: "red",
  cancelled: "gray",
  refused: "red",
};

export function FineTuneStatusBadge({ status }: { status: string }) {
  return <VocabularyBadge value={status} labels={FINE_TUNE_STATUS_LABELS} tones={TONES} />;
}

/** "12 min", "1 h 5 min": how long a job has run (to now, while it still runs). */
export function formatDuration(from: Date | null, to: Date | null, now = new Date()): string {
  if (!from) return "—";
  const ms = Math.max(0, (to ?? now).getTime() - from.getTime());
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
