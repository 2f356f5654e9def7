import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { pageActor } from "@/app/_lib/page-access";
import { seesAllDatasets } from "@/lib/auth/permissions";
import { listAuditEvents } from "@/lib/db/audit/list-audit";
import { auditFilterOptions } from "@/lib/db/audit/audit-filter-options";
import { AuditQuerySchema, auditHref } from "@/lib/validation/audit-query";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { AuditFilterForm, type AuditFilterValues } from "@/components/audit/audit-filter-form";
import { AuditPager, AuditTable } from "@/components/audit/audit-table";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Who did what, and when, for leads (their datasets) and admins (everything).
export default async function AuditPage({ searchParams }: Props) {
  const actor = await pageActor("audit.read");
  const raw = paramsToObject(await searchParams);
  const values: AuditFilterValues = { actor: raw.actor, action: raw.action, dataset: raw.dataset, from: raw.from, to: raw.to };
  const parsed = AuditQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : null;
  const [options, page] = await Promise.all([auditFilterOptions(actor), query ? listAuditEvents(query, actor) : null]);
  const filtered = Object.values(values).some(Boolean);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Audit log"
        description={
          <>
            Who did what, and when: edits and decisions, imports and exports, bulk changes, de-duplication, datasets, accounts and API tokens.{" "}
            {seesAllDatasets(actor.role) ? "You see every event." : "You see the events of the datasets you work on, and your own."} Events are only ever added,
            never changed or removed.
          </>
        }
      />
      <AuditFilterForm values={values} options={options} errors={parsed.success ? undefined : z.flattenError(parsed.error).fieldErrors} />
      {!query || !page ? (
        <Notice tone="error" title="This filter cannot be read">
          Correct the fields marked above, or{" "}
          <Link href="/audit" className="underline">
            clear the filters
          </Link>
          .
        </Notice>
      ) : page.events.length ? (
        <>
          <AuditTable events={page.events} />
          <AuditPager
            prevHref={page.prev ? auditHref(query, { cursor: page.prev }) : null}
            nextHref={page.next ? auditHref(query, { cursor: page.next }) : null}
          />
        </>
      ) : (
        <EmptyState filtered={filtered} />
      )}
    </div>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center">
      <h2 className="text-base font-semibold">{filtered ? "No events match these filters" : "Nothing recorded yet"}</h2>
      <p className="mt-2 text-sm text-zinc-600">
        {filtered ? (
          <>
            Widen the dates or pick another user, action or dataset, or{" "}
            <Link href="/audit" className="underline">
              clear the filters
            </Link>
            .
          </>
        ) : (
          "Imports, edits, decisions, exports and account changes appear here as people make them."
        )}
      </p>
    </div>
  );
}
