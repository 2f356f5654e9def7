import Link from "next/link";
import type { EvalListItem } from "@/lib/evals/eval-view";
import { RelativeTime } from "@/components/ui/relative-time";
import { EvalStatusBadge } from "./eval-status-badge";
import { EvalProgressBar } from "./eval-progress-bar";
import { EvalSourceLink } from "./eval-source-link";

// Evaluations with their two models, the held-out set they ran on, and how far along they are.
export function EvalsTable({ evals }: { evals: EvalListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th className="px-3 py-2">Evaluation</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">Models (A · B)</th>
            <th className="px-3 py-2">Eval set</th>
            <th className="px-3 py-2">Progress</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {evals.map((e) => (
            <tr key={e.id} className="align-top">
              <td className="px-3 py-2">
                <Link href={`/evals/${e.id}`} className="font-medium text-zinc-900 hover:underline">
                  {e.name}
                </Link>
                <div className="text-xs text-zinc-500">
                  <RelativeTime value={e.createdAt} /> · {e.createdBy.name}
                </div>
              </td>
              <td className="px-3 py-2">
                <EvalStatusBadge status={e.status} />
              </td>
              <td className="px-3 py-2 font-mono text-xs">
                <div>A {e.modelA}</div>
                <div>B {e.modelB}</div>
                {e.judgeModel ? <div className="font-sans text-zinc-500">judge {e.judgeModel}</div> : null}
              </td>
              <td className="px-3 py-2">
                <EvalSourceLink source={e.source} />
                <div className="text-xs text-zinc-500">{e.examples.toLocaleString("en-US")} examples</div>
              </td>
              <td className="px-3 py-2">
                <EvalProgressBar progress={e.progress} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
