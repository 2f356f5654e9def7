"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { useActionCall } from "@/components/ui/use-action-call";
import { sendBackExampleAction } from "@/lib/actions/eval-actions";
import { AlertText } from "@/components/ui/message-text";

// One click: the losing example becomes a "needs changes" record of the training dataset.
export function SendBackButton({
  evaluationId,
  exampleId,
  sentBackId,
  position,
}: {
  evaluationId: string;
  exampleId: number;
  sentBackId: number | null;
  position: number;
}) {
  const { pending, error, call } = useActionCall();
  const [sent, setSent] = useState<number | null>(sentBackId);
  if (sent !== null) {
    return (
      <p role="status" className="text-xs text-emerald-700">
        Sent back for review as{" "}
        <Link href={`/conversations/${sent}`} className="font-medium underline">
          record #{sent}
        </Link>
      </p>
    );
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        className={buttonClasses("secondary", "sm")}
        disabled={pending}
        aria-label={`Send example ${position} back for review`}
        onClick={() =>
          call(
            () => sendBackExampleAction(evaluationId, exampleId),
            (result) => setSent(result.conversationId),
          )
        }
      >
        {pending ? "Sending…" : "Send back for review"}
      </button>
      <AlertText text={error} as="p" className="max-w-xs text-right text-xs text-red-700" />
    </div>
  );
}
