"use client";

import Link from "next/link";
import type { EvalListItem } from "@/lib/evals/eval-view";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { EvalStatusBadge } from "./eval-status-badge";
import { EvalProgressBar } from "./eval-progress-bar";
import { EvalSourceLink } from "./eval-source-link";

const column = dataColumns<EvalListItem>();

const columns = [
  column.record("name", "Evaluation", (e) => (
    <>
      <Link href={`/evals/${e.id}`} className="font-medium text-zinc-900 hover:underline">
        {e.name}
      </Link>
      <div className="text-xs text-zinc-500">
        <RelativeTime value={e.createdAt} /> · {e.createdBy.name}
      </div>
    </>
  )),
  column.record("status", "Status", (e) => <EvalStatusBadge status={e.status} />),
  column.record(
    "models",
    "Models (A · B)",
    (e) => (
      <>
        <div>A {e.modelA}</div>
        <div>B {e.modelB}</div>
        {e.judgeModel ? <div className="font-sans text-zinc-500">judge {e.judgeModel}</div> : null}
      </>
    ),
    { cellClassName: "font-mono text-xs" },
  ),
  column.record("source", "Eval set", (e) => (
    <>
      <EvalSourceLink source={e.source} />
      <div className="text-xs text-zinc-500">{e.examples.toLocaleString("en-US")} examples</div>
    </>
  )),
  column.record("progress", "Progress", (e) => <EvalProgressBar progress={e.progress} compact />),
];

// Evaluations with their two models, the held-out set they ran on, and how far along they are.
export function EvalsTable({ evals }: { evals: EvalListItem[] }) {
  return <DataTable columns={columns} data={evals} getRowId={(e) => e.id} flat rowClassName="align-top" />;
}
