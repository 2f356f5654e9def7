import Link from "next/link";
import { auditTargetHref, type AuditEventView } from "@/lib/audit/audit-event";
import { PageLink } from "@/components/ui/page-link";

// One page of the audit log. Times are exact to the second (an audit is read for "when
// precisely"), in UTC with a fixed locale like every time Tuneset shows, so the server
// and the browser print the same; names are as they were when the event happened.

const exact = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export function AuditTable({ events }: { events: AuditEventView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Audit events</caption>
        <thead className="whitespace-nowrap border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th scope="col" className="px-3 py-2">When</th>
            <th scope="col" className="px-3 py-2">Who</th>
            <th scope="col" className="px-3 py-2">Action</th>
            <th scope="col" className="px-3 py-2">Dataset</th>
            <th scope="col" className="px-3 py-2">What happened</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {events.map((e) => (
            <tr key={e.id} className="align-top hover:bg-zinc-50">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums text-zinc-600">
                <time dateTime={e.at.toISOString()} title={e.at.toISOString()}>
                  {exact.format(e.at)} UTC
                </time>
              </td>
              <td className="px-3 py-2">
                <span className="font-medium text-zinc-900">{e.actor.name}</span>
                <span className="block text-xs text-zinc-500">{e.actor.email}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-zinc-700" title={e.action}>
                {e.actionLabel}
              </td>
              <td className="px-3 py-2">
                <DatasetCell dataset={e.dataset} />
              </td>
              <td className="min-w-[20rem] px-3 py-2 text-zinc-800">
                {e.summary}
                {auditTargetHref(e) ? (
                  <Link href={auditTargetHref(e)!} className="ml-1 text-xs text-zinc-500 underline hover:text-zinc-900">
                    open
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DatasetCell({ dataset }: { dataset: AuditEventView["dataset"] }) {
  if (!dataset) return <span className="text-zinc-300">—</span>;
  if (dataset.name === null) return <span className="text-zinc-400" title={dataset.id}>deleted dataset</span>;
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
