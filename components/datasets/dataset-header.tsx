import Link from "next/link";
import type { Status } from "@/lib/validation/statuses";
import { Badge } from "@/components/ui/badge";
import { formatCount } from "@/components/ui/format";
import { modelLabel } from "./model-options";
import { COUNT_COLUMNS } from "./status-counts";

// The top of a dataset's own page, under the frame the dataset layout draws (trail and the
// dataset's pages): what it is, what it is for, and how far review has got.
// Each count is a link that filters the table below to those conversations.

export type DatasetHeaderData = {
  id: string;
  name: string;
  description: string;
  targetModel: string;
  /** Held out for evaluation; absent where the caller does not say. */
  forEvaluation?: boolean;
  total: number;
  invalid: number;
  counts: Record<Status, number>;
};

type Props = {
  dataset: DatasetHeaderData;
  actions: React.ReactNode;
  /** Leads and admins change the target model; others only read it. */
  canChangeModel?: boolean;
};

export function DatasetHeader({ dataset, actions, canChangeModel = false }: Props) {
  const base = `/datasets/${dataset.id}`;
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="flex min-w-0 items-center gap-2 text-xl font-semibold tracking-tight">
            <span className="truncate">{dataset.name}</span>
            {dataset.forEvaluation ? (
              <Badge tone="violet" title="Models are measured on it and never trained on it">
                Held out for evaluation
              </Badge>
            ) : null}
          </h1>
          {dataset.description ? <p className="mt-0.5 max-w-3xl text-sm text-zinc-600">{dataset.description}</p> : null}
          <p className="mt-1 text-xs text-zinc-500">
            Target model <span className="font-medium text-zinc-700">{modelLabel(dataset.targetModel)}</span>
            {canChangeModel ? (
              <>
                {" "}
                ·{" "}
                <Link href={`${base}/settings`} className="underline decoration-zinc-300 hover:text-zinc-900">
                  change
                </Link>
              </>
            ) : null}
          </p>
        </div>
        {/* Top-aligned, so a note that wraps under the export buttons never moves Review. */}
        <div className="flex items-start gap-2">{actions}</div>
      </div>
      <ul aria-label="Counts by status" className="flex flex-wrap gap-2 text-sm">
        <CountPill href={base} label="Total" n={dataset.total} dot="bg-zinc-900" />
        {COUNT_COLUMNS.map((c) => (
          <CountPill key={c.key} href={`${base}?${c.query}`} label={c.label} n={c.count(dataset)} dot={c.dot} />
        ))}
      </ul>
    </header>
  );
}

function CountPill({ href, label, n, dot }: { href: string; label: string; n: number; dot: string }) {
  return (
    <li>
      <Link href={href} className="inline-flex items-center gap-2 rounded-md border border-zinc-200 bg-white px-2.5 py-1 shadow-sm hover:bg-zinc-50">
        <span aria-hidden className={`size-2 rounded-full ${dot}`} />
        <span className="text-zinc-600">{label}</span>
        <span className="font-semibold tabular-nums">{formatCount(n)}</span>
      </Link>
    </li>
  );
}
