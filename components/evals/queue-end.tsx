import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

// What the queue says when it has no pair for this annotator: all judged, only
// skipped ones left, or answers still on their way while the evaluation runs.

type Props = {
  reportHref: string;
  running: boolean;
  skipped: number;
  busy: boolean;
  canGoBack: boolean;
  onBack: () => void;
  onSkipped: () => void;
  onCheckAgain: () => void;
};

export function QueueEnd({ reportHref, running, skipped, busy, canGoBack, onBack, onSkipped, onCheckAgain }: Props) {
  const title = skipped ? "Only the pairs you skipped are left" : running ? "No pair is ready for you yet" : "You have judged every pair";
  return (
    <Notice tone={skipped || running ? "info" : "success"} title={title}>
      <p>
        {skipped
          ? `You skipped ${skipped === 1 ? "1 pair" : `${skipped} pairs`} in this sitting. Judge ${skipped === 1 ? "it" : "them"} now, or come back later.`
          : running
            ? "The evaluation is still running: more pairs arrive as both models answer. Check again in a moment."
            : "Thank you. The report counts your votes with everyone else's."}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {skipped ? (
          <Button size="sm" disabled={busy} onClick={onSkipped}>
            Judge the skipped pairs
          </Button>
        ) : null}
        {running && !skipped ? (
          <Button size="sm" disabled={busy} onClick={onCheckAgain}>
            Check again
          </Button>
        ) : null}
        {canGoBack ? (
          <Button size="sm" variant="ghost" aria-keyshortcuts="Control+Z" disabled={busy} onClick={onBack}>
            Change last verdict
          </Button>
        ) : null}
        <Link href={reportHref} className={buttonClasses("secondary", "sm")}>
          Back to the report
        </Link>
      </div>
    </Notice>
  );
}
