"use client";

import { IdActionButtons } from "@/components/ui/id-action-buttons";
import { cancelEvaluationAction, resumeEvaluationAction } from "@/lib/actions/eval-actions";

// Cancel keeps every answer stored so far; resume queues what is left, failed calls included.
export function EvalActions({ evaluationId, canCancel, canResume }: { evaluationId: string; canCancel: boolean; canResume: boolean }) {
  return (
    <IdActionButtons
      id={evaluationId}
      buttons={[
        canResume && { label: "Resume", variant: "primary", action: resumeEvaluationAction },
        canCancel && { label: "Cancel run", variant: "danger", action: cancelEvaluationAction },
      ]}
    />
  );
}
