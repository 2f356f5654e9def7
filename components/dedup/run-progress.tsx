"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { formatCount } from "@/components/ui/format";

// A running de-duplication job. The page re-reads itself 700 ms after the last read
// arrived (never two at once, so a busy server is not flooded); when the run is done
// the server renders its results instead of this bar, which unmounts and stops.

const REFRESH_MS = 700;

export function RunProgress({ label, phase, processed, total }: { label: string; phase: string; processed: number; total: number }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  useEffect(() => {
    if (refreshing) return;
    const timer = setTimeout(() => startTransition(() => router.refresh()), REFRESH_MS);
    return () => clearTimeout(timer);
  }, [refreshing, router]);
  const pct = total ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  return (
    <div role="status" className="space-y-1.5">
      <div className="flex items-center justify-between gap-3 text-sm">
        <span className="font-medium">{label}</span>
        <span className="tabular-nums text-zinc-600">
          {formatCount(processed)} of {formatCount(total)} records
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={processed}
        aria-valuetext={`${formatCount(processed)} of ${formatCount(total)} records, ${phase || "starting"}`}
        className="h-1.5 overflow-hidden rounded-full bg-zinc-200"
      >
        <div className="h-full rounded-full bg-indigo-500 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <p className="text-xs text-zinc-500">{phase ? `${phase[0].toUpperCase()}${phase.slice(1)}…` : "Starting…"}</p>
    </div>
  );
}
