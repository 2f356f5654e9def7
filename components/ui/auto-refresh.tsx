"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Re-reads the page from the server while something on it is still moving (a job that
// has not ended). The server's poller does the watching; this only shows its progress.
export function AutoRefresh({ active, everyMs = 2000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
