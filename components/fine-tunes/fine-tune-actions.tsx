"use client";

import { IdActionButtons } from "@/components/ui/id-action-buttons";
import { cancelFineTuneAction, retryLaunchAction } from "@/lib/actions/fine-tune-actions";

// Cancel (asks first: a cancelled job cannot be resumed) and retry a stopped launch.
export function FineTuneActions({ jobId, canCancel, canRetry }: { jobId: string; canCancel: boolean; canRetry: boolean }) {
  return (
    <IdActionButtons
      id={jobId}
      buttons={[
        canRetry && { label: "Retry launch", variant: "primary", action: retryLaunchAction },
        canCancel && {
          label: "Cancel job",
          variant: "danger",
          action: cancelFineTuneAction,
          confirm: "Cancel this fine-tune? The provider stops it, and it cannot be resumed.",
        },
      ]}
    />
  );
}
