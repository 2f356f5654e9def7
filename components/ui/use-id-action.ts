"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

// The buttons that act on one thing by its id (cancel a job, resume a run): run the
// server action, keep its error to show, and re-read the page either way.

export type IdAction = (id: string) => Promise<{ ok: boolean; error?: string }>;

export function useIdAction(id: string) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function run(action: IdAction) {
    start(async () => {
      const result = await action(id);
      setError(result.ok ? null : (result.error ?? "That did not work."));
      router.refresh();
    });
  }
  return { pending, error, run };
}
