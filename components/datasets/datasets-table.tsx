import Link from "next/link";
import type { DatasetHeaderData } from "./dataset-header";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { modelLabel } from "./model-options";
import { COUNT_COLUMNS } from "./status-counts";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader } from "@/components/ui/table";

// Every dataset with its review progress: every status and the invalid lines, which add
// up to the total. Counts link to the dataset's table already filtered, so "12 rejected"
// is one click from the twelve rejected conversations.

type DatasetRow = DatasetHeaderData & { createdAt: Date };

export function DatasetsTable({ datasets }: { datasets: DatasetRow[] }) {
  return (
    <TableFrame>
      <Table>
        <caption className="sr-only">Datasets</caption>
        <TableHeader className="whitespace-nowrap">
          <TableHead>Name</TableHead>
          <TableHead>Target model</TableHead>
          <TableHead className="text-right">Total</TableHead>
          {COUNT_COLUMNS.map((c) => (
            <TableHead key={c.key} className="text-right">
              {c.label}
            </TableHead>
          ))}
          <TableHead className="hidden text-right 2xl:table-cell">Created</TableHead>
        </TableHeader>
        <TableBody>
          {datasets.map((d) => (
            <tr key={d.id} className="hover:bg-zinc-50">
              <TableCell className="max-w-[22rem]">
                <Link href={`/datasets/${d.id}`} className="font-medium text-zinc-900 hover:underline">
                  {d.name}
                </Link>
                {d.description ? <p className="truncate text-xs text-zinc-500">{d.description}</p> : null}
              </TableCell>
              <TableCell className="text-zinc-600">{modelLabel(d.targetModel)}</TableCell>
              <TableCell className="text-right tabular-nums font-medium">{formatCount(d.total)}</TableCell>
              {COUNT_COLUMNS.map((c) => (
                <TableCell key={c.key} className="text-right tabular-nums">
                  <CountLink href={`/datasets/${d.id}?${c.query}`} n={c.count(d)} tone={c.tone} label={`${c.label} in ${d.name}`} />
                </TableCell>
              ))}
              <TableCell className="hidden text-right text-zinc-500 2xl:table-cell">
                <RelativeTime value={d.createdAt} />
              </TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}

function CountLink({ href, n, tone, label }: { href: string; n: number; tone: string; label: string }) {
  if (n === 0) return <span className="text-zinc-500">0</span>;
  return (
    <Link href={href} aria-label={`${formatCount(n)} ${label}`} className={`${tone} hover:underline`}>
      {formatCount(n)}
    </Link>
  );
}
