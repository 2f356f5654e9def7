"use client";

import Link from "next/link";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { auditTargetHref, type AuditEventView } from "@/lib/audit/audit-event";
import { PageLink } from "@/components/ui/page-link";

// One page of the audit log. Times are exact to the second (an audit is read for "when
// precisely"), in UTC with a fixed locale like every time Tuneset shows, so the server
// and the browser print the same; names are as they were when the event happened.

const exact = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

const column = dataColumns<AuditEventView>();

const columns = [
  column.record(
    "when",
    "When",
    (e) => (
      <time dateTime={e.at.toISOString()} title={e.at.toISOString()}>
        {exact.format(e.at)} UTC
      </time>
    ),
    { cellClassName: "whitespace-nowrap tabular-nums text-zinc-600" },
  ),
  column.record("who", "Who", (e) => (
    <>
      <span className="font-medium text-zinc-900">{e.actor.name}</span>
      <span className="block text-xs text-zinc-500">{e.actor.email}</span>
    </>
  )),
  column.record("action", "Action", (e) => <span title={e.action}>{e.actionLabel}</span>, { cellClassName: "whitespace-nowrap text-zinc-700" }),
  column.record("dataset", "Dataset", (e) => <DatasetCell dataset={e.dataset} />),
  column.record(
    "summary",
    "What happened",
    (e) => (
      <>
        {e.summary}
        {auditTargetHref(e) ? (
          <Link href={auditTargetHref(e)!} className="ml-1 text-xs text-zinc-500 underline hover:text-zinc-900">
            open
          </Link>
        ) : null}
      </>
    ),
    { cellClassName: "min-w-[20rem] text-zinc-800" },
  ),
];

export function AuditTable({ events }: { events: AuditEventView[] }) {
  return (
    <DataTable
      columns={columns}
      data={events}
      getRowId={(e) => String(e.id)}
      caption="Audit events"
      headerClassName="whitespace-nowrap"
      rowClassName="align-top hover:bg-zinc-50"
    />
  );
}

function DatasetCell({ dataset }: { dataset: AuditEventView["dataset"] }) {
  if (!dataset) return <span className="text-zinc-500">—</span>;
  if (dataset.name === null)
    return (
      <span className="text-zinc-500" title={dataset.id}>
        deleted dataset
      </span>
    );
  // In the trash of datasets its pages answer 404: name it, and say where it is.
  if (dataset.deleted)
    return (
      <span className="text-zinc-600" title={dataset.id}>
        {dataset.name} <span className="text-xs">(in the trash)</span>
      </span>
    );
  return (
    <Link href={`/datasets/${dataset.id}`} className="text-zinc-900 hover:underline">
      {dataset.name}
    </Link>
  );
}

/** Keyset paging: "Previous" goes back towards the newest events, "Next" to older ones. */
export function AuditPager({ prevHref, nextHref }: { prevHref: string | null; nextHref: string | null }) {
  if (!prevHref && !nextHref) return null;
  return (
    <nav aria-label="Audit log pages" className="flex justify-end gap-2">
      <PageLink href={prevHref}>Previous</PageLink>
      <PageLink href={nextHref}>Next</PageLink>
    </nav>
  );
}
