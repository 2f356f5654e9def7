"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Notice } from "@/components/ui/notice";
import { plural } from "@/components/ui/format";

// After an import the server indexes text, counts tokens and runs the pre-flight
// check and quality signals in the background. While
// it does, this says so and re-reads the page every few seconds, so counts fill in
// without a manual reload. Once nothing is pending the page stops rendering it.

const REFRESH_MS = 4000;

export function PendingWorkNotice({ searchPending, checksPending }: { searchPending: boolean; checksPending: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const parts: string[] = [];
  if (searchPending) parts.push("the search index is still being built, so search may miss the newest conversations");
  if (checksPending) parts.push(`tokens, pre-flight findings and quality signals are still being worked out for ${plural(checksPending, "conversation")}`);
  return (
    <Notice tone="info">
      <span className="inline-flex items-center gap-2">
        <span aria-hidden className="size-2 animate-pulse rounded-full bg-sky-500" />
        Working in the background: {parts.join("; ")}.
      </span>
    </Notice>
  );
}
