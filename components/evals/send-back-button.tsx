"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { buttonClasses } from "@/components/ui/button";
import { sendBackExampleAction } from "@/lib/actions/eval-actions";

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
  const [pending, start] = useTransition();
  const [sent, setSent] = useState<number | null>(sentBackId);
  const [error, setError] = useState<string | null>(null);
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
          start(async () => {
            const result = await sendBackExampleAction(evaluationId, exampleId);
            if (result.ok) setSent(result.conversationId);
            else setError(result.error);
          })
        }
      >
        {pending ? "Sending…" : "Send back for review"}
      </button>
      {error ? (
        <p role="alert" className="max-w-xs text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
