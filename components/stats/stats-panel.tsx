import Link from "next/link";
import type { ReactNode } from "react";
import type { ChartBar } from "@/lib/stats/chart-bars";
import { formatCount } from "@/components/ui/format";
import { panelClasses } from "@/components/ui/panel";
import { Table, TableBody, TableCell, TableHead, TableHeader } from "@/components/ui/table";

// A card of the statistics page: its heading names the region (and the chart), then
// the chart, then the same figures as a table whose names are links, for the keyboard
// and for screen readers.

export function StatsPanel({
  id,
  title,
  description,
  children,
  className = "",
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={panelClasses(4, `min-w-0 ${className}`)}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        {title}
      </h2>
      {description ? <div className="mt-0.5 text-xs text-zinc-500">{description}</div> : null}
      <div className="mt-3 space-y-2">{children}</div>
    </section>
  );
}

/** Says plainly why a chart has nothing to draw. */
export function EmptyChart({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-zinc-300 px-3 py-8 text-center text-sm text-zinc-500">{children}</p>;
}

const share = (s: number) => `${(s * 100).toFixed(s > 0 && s < 0.001 ? 2 : 1)}%`;

export function FiguresTable({ name, bars, nameHeader, open = false }: { name: string; bars: ChartBar[]; nameHeader: string; open?: boolean }) {
  if (!bars.length) return null;
  return (
    <details open={open} className="group text-sm">
      <summary className="cursor-pointer select-none text-xs text-zinc-500 hover:text-zinc-900">Figures</summary>
      <Table aria-label={name} className="mt-1 w-full text-left">
        <TableHeader look="list">
          <TableHead look="list" dense>
            {nameHeader}
          </TableHead>
          <TableHead look="list" dense className="text-right">
            Records
          </TableHead>
          <TableHead look="list" dense className="text-right">
            Share
          </TableHead>
        </TableHeader>
        <TableBody>
          {bars.map((b) => (
            <tr key={b.key}>
              <TableCell look="list" dense className="max-w-0 truncate" title={b.name}>
                {b.href ? (
                  <Link href={b.href} className="text-indigo-700 underline decoration-indigo-200 hover:decoration-indigo-500">
                    {b.name}
                  </Link>
                ) : (
                  b.name
                )}
              </TableCell>
              <TableCell look="list" dense className="text-right tabular-nums">
                {formatCount(b.count)}
              </TableCell>
              <TableCell look="list" dense className="w-16 text-right tabular-nums text-zinc-500">
                {share(b.share)}
              </TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}
