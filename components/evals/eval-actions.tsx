"use client";

import { useIdAction } from "@/components/ui/use-id-action";
import { buttonClasses } from "@/components/ui/button";
import { cancelEvaluationAction, resumeEvaluationAction } from "@/lib/actions/eval-actions";

// Cancel keeps every answer stored so far; resume queues what is left, failed calls included.
export function EvalActions({ evaluationId, canCancel, canResume }: { evaluationId: string; canCancel: boolean; canResume: boolean }) {
  const { pending, error, run } = useIdAction(evaluationId);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        {canResume ? (
          <button type="button" className={buttonClasses("primary")} disabled={pending} onClick={() => run(resumeEvaluationAction)}>
            Resume
          </button>
        ) : null}
        {canCancel ? (
          <button type="button" className={buttonClasses("danger")} disabled={pending} onClick={() => run(cancelEvaluationAction)}>
            Cancel run
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
