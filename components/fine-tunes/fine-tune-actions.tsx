"use client";

import { useIdAction } from "@/components/ui/use-id-action";
import { buttonClasses } from "@/components/ui/button";
import { cancelFineTuneAction, retryLaunchAction } from "@/lib/actions/fine-tune-actions";

// Cancel (asks first: a cancelled job cannot be resumed) and retry a stopped launch.
export function FineTuneActions({ jobId, canCancel, canRetry }: { jobId: string; canCancel: boolean; canRetry: boolean }) {
  const { pending, error, run } = useIdAction(jobId);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        {canRetry ? (
          <button type="button" className={buttonClasses("primary")} disabled={pending} onClick={() => run(retryLaunchAction)}>
            Retry launch
          </button>
        ) : null}
        {canCancel ? (
          <button
            type="button"
            className={buttonClasses("danger")}
            disabled={pending}
            onClick={() => {
              if (window.confirm("Cancel this fine-tune? The provider stops it, and it cannot be resumed.")) run(cancelFineTuneAction);
            }}
          >
            Cancel job
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="max-w-sm text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
