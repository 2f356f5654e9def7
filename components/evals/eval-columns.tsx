"use client";

import type { Interval } from "@/lib/evals/intervals";
import { dataColumns } from "@/components/ui/data-table";
import { IntervalCell } from "./interval-cell";

// Columns the result tables of an evaluation share: a row named by its label (with a
// line of explanation under it), and a win rate that reads "n/a" until something was judged.

export function labelColumn<T extends { label: string; detail?: string | null }>(header: string) {
  return dataColumns<T>().display({
    id: "label",
    header,
    cell: ({ row: { original: r } }) => (
      <>
        {r.label}
        {r.detail ? <div className="text-xs text-zinc-500">{r.detail}</div> : null}
      </>
    ),
    meta: { rowHeader: true },
  });
}

export function RateCell({ judged, value }: { judged: number | undefined; value: Interval | null }) {
  return judged ? <IntervalCell value={value} /> : <span className="text-zinc-500">n/a</span>;
}
