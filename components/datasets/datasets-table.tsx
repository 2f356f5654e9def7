import Link from "next/link";
import type { DatasetHeaderData } from "./dataset-header";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { modelLabel } from "./model-options";

// Every dataset with its review progress. Counts link to the dataset's table already
// filtered, so "12 rejected" is one click from the twelve rejected conversations.

const COLUMNS = [
  { key: "pending", label: "Pending", query: "status=pending", tone: "text-zinc-700" },
  { key: "approved", label: "Approved", query: "status=approved", tone: "text-emerald-700" },
  { key: "rejected", label: "Rejected", query: "status=rejected", tone: "text-red-700" },
  { key: "needs_changes", label: "Needs changes", query: "status=needs_changes", tone: "text-amber-700" },
] as const;

type DatasetRow = DatasetHeaderData & { createdAt: Date };

export function DatasetsTable({ datasets }: { datasets: DatasetRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Datasets</caption>
        <thead className="whitespace-nowrap border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th scope="col" className="px-3 py-2">Name</th>
            <th scope="col" className="px-3 py-2">Target model</th>
            <th scope="col" className="px-3 py-2 text-right">Total</th>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="px-3 py-2 text-right">{c.label}</th>
            ))}
            <th scope="col" className="px-3 py-2 text-right">Invalid</th>
            <th scope="col" className="hidden px-3 py-2 text-right 2xl:table-cell">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {datasets.map((d) => (
            <tr key={d.id} className="hover:bg-zinc-50">
              <td className="max-w-[22rem] px-3 py-2">
                <Link href={`/datasets/${d.id}`} className="font-medium text-zinc-900 hover:underline">
                  {d.name}
                </Link>
                {d.description ? <p className="truncate text-xs text-zinc-500">{d.description}</p> : null}
              </td>
              <td className="px-3 py-2 text-zinc-600">{modelLabel(d.targetModel)}</td>
              <td className="px-3 py-2 text-right tabular-nums font-medium">{formatCount(d.total)}</td>
              {COLUMNS.map((c) => (
                <td key={c.key} className="px-3 py-2 text-right tabular-nums">
                  <CountLink href={`/datasets/${d.id}?${c.query}`} n={d.counts[c.key]} tone={c.tone} label={`${c.label} in ${d.name}`} />
                </td>
              ))}
              <td className="px-3 py-2 text-right tabular-nums">
                <CountLink href={`/datasets/${d.id}?invalid=1`} n={d.invalid} tone="text-red-700" label={`Invalid in ${d.name}`} />
              </td>
              <td className="hidden px-3 py-2 text-right text-zinc-500 2xl:table-cell">
                <RelativeTime value={d.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CountLink({ href, n, tone, label }: { href: string; n: number; tone: string; label: string }) {
  if (n === 0) return <span className="text-zinc-300">0</span>;
  return (
    <Link href={href} aria-label={`${formatCount(n)} ${label}`} className={`${tone} hover:underline`}>
      {formatCount(n)}
    </Link>
  );
}
