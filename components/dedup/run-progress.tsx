"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { formatCount } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-meter";

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
  return (
    <div role="status" className="space-y-1.5">
      <div className="flex items-center justify-between gap-3 text-sm">
        <span className="font-medium">{label}</span>
        <span className="tabular-nums text-zinc-600">
          {formatCount(processed)} of {formatCount(total)} records
        </span>
      </div>
      <ProgressBar
        label={label}
        value={processed}
        max={total}
        valueText={`${formatCount(processed)} of ${formatCount(total)} records, ${phase || "starting"}`}
        className="h-1.5 overflow-hidden rounded-full bg-zinc-200"
        fillClassName="bg-indigo-500"
      />
      <p className="text-xs text-zinc-500">{phase ? `${phase[0].toUpperCase()}${phase.slice(1)}…` : "Starting…"}</p>
    </div>
  );
}
