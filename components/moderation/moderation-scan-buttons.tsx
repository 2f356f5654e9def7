"use client";

import { useState, useTransition } from "react";
import { startModerationScanAction } from "@/lib/actions/moderation-actions";
import { Button } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

// "Scan now" sends the records not scanned since their last edit; "Scan all again"
// sends every record. The scan runs in the background: the page shows its progress
// as soon as the action returns.

type Props = { datasetId: string; unscanned: number; records: number; host: string; running: boolean };

export function ModerationScanButtons({ datasetId, unscanned, records, host, running }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const start = (mode: "unscanned" | "all") =>
    startTransition(async () => {
      const result = await startModerationScanAction(datasetId, { mode });
      setError(result.ok ? null : result.error);
    });
  const busy = pending || running;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          disabled={busy || unscanned === 0}
          onClick={() => start("unscanned")}
          title={unscanned === 0 ? "Every record has been scanned since its last edit" : undefined}
        >
          {pending ? "Starting…" : "Scan now"}
        </Button>
        <Button disabled={busy || records === 0} onClick={() => start("all")}>
          Scan all again
        </Button>
      </div>
      <p className="text-xs text-zinc-500">
        {unscanned
          ? `Scan now sends the ${plural(unscanned, "record")} not scanned since their last edit to ${host}; `
          : "Every record has been scanned since its last edit; "}
        Scan all again sends all {plural(records, "record")}.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
