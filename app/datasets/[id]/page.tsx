import Link from "next/link";
import { listConversations, countConversations, type ConversationPage } from "@/lib/db/conversations/list-conversations";
import { exportStats } from "@/lib/db/conversations/export-conversations";
import { listImports } from "@/lib/db/imports/import-records";
import { listResumableImports } from "@/lib/db/imports/resume-import";
import { listLabels } from "@/lib/db/labels/list-labels";
import { listLanguages } from "@/lib/db/conversations/list-languages";
import { listBulkOperations } from "@/lib/db/bulk/list-bulk-operations";
import { RecentBulkChanges } from "@/components/bulk/recent-bulk-changes";
import { searchIndexPending } from "@/lib/db/search/search-index";
import { pendingCheckCount } from "@/lib/db/preflight/check-pending-records";
import { isAppError } from "@/lib/errors";
import { ConversationPageSchema, paramsToObject, type ConversationFilter } from "@/lib/validation/conversation-filter";
import { ConversationRowsSchema } from "@/lib/validation/conversation-row";
import { ExportRequestSchema, type ExportRequest } from "@/lib/validation/export-request";
import { datasetPreflight } from "@/lib/db/preflight/dataset-preflight";
import { PreflightPanel } from "@/components/preflight/preflight-panel";
import { moderationCounts } from "@/lib/db/moderation/moderation-status";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { filterQueryString, pickFilter } from "@/lib/validation/filter-query";
import { reviewQueryString } from "@/lib/validation/review-query";
import { DatasetHeader } from "@/components/datasets/dataset-header";
import { DataTable } from "@/components/conversations/data-table";
import { PendingWorkNotice } from "@/components/conversations/pending-work-notice";
import { exportQuery, nextQuery } from "@/components/conversations/table-query";
import { ExportButtons } from "@/components/exports/export-buttons";
import { ImportPanel } from "@/components/imports/import-panel";
import { RecentImports } from "@/components/imports/recent-imports";
import { buttonClasses } from "@/components/ui/button";
import { UnavailableButton, UnavailableHint } from "@/components/ui/unavailable-action";
import { Notice } from "@/components/ui/notice";
import { getDatasetSummary } from "@/lib/db/datasets/list-datasets";
import { orNotFound } from "../../_lib/or-not-found";
import { pageScope } from "@/app/_lib/page-access";
import { can } from "@/lib/auth/permissions";
import { Section } from "@/components/ui/panel";
import { datasetPageTitle, type DatasetPageQueryProps } from "@/app/_lib/dataset-page";
import { draftLaunchView } from "@/lib/services/fine-tunes/draft-launch";
import { LaunchSection } from "@/components/fine-tunes/launch-section";

export const generateMetadata = datasetPageTitle();

export default async function DatasetPage({ params, searchParams }: DatasetPageQueryProps) {
  const { id } = await params;
  const raw = paramsToObject(await searchParams);
  const { actor, scope } = await pageScope("datasets.read", id);
  const dataset = await orNotFound(getDatasetSummary(scope));
  const parsed = ConversationPageSchema.safeParse(raw);
  const query = parsed.success ? parsed.data : ConversationPageSchema.parse({});
  // Every filter of the query, so the count, the export and the statistics link mean the rows shown.
  const filter: ConversationFilter = pickFilter(query);

  // A stale or hand-edited link (an old cursor, an unknown sort) gets an explanation
  // and a way back, not an error page.
  let page: ConversationPage | null = null;
  let linkProblem = parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  if (parsed.success) {
    try {
      page = await listConversations(scope, query, { snippets: true });
    } catch (e) {
      if (!isAppError(e) || e.code !== "bad_request") throw e;
      linkProblem = e.message;
    }
  }

  const [total, labels, imports, bulkChanges] = await Promise.all([
    countConversations(scope, filter),
    listLabels(scope),
    listImports(scope, 10),
    listBulkOperations(scope, 10),
  ]);
  const languages = listLanguages(scope);
  const approvedRequest = ExportRequestSchema.parse({ status: "approved" });
  const filterRequest = ExportRequestSchema.parse(Object.fromEntries(new URLSearchParams(exportQuery(filter))));
  const approved = exportStats(scope, approvedRequest);
  const filtered = exportStats(scope, filterRequest);
  const preflightScope = preflightScopeOf(raw.preflight, approved.records, filter, filterRequest);
  const preflight = await datasetPreflight(scope, preflightScope.request);
  const searchPending = searchIndexPending(scope);
  const checksPending = pendingCheckCount(scope);
  const reviewQs = reviewQueryString(new URLSearchParams(raw));
  // "Fine-tune approved…" opens the launch dialog here, on the approved records: no snapshot is made until Launch.
  const canLaunch = can(actor.role, "finetune.launch") && !dataset.forEvaluation;
  const launch = canLaunch && raw.launch === "1" ? await draftLaunchView(scope, approved.records, raw) : null;
  const closeQs = nextQuery(new URLSearchParams(raw), { launch: null, provider: null, model: null, method: null, cursor: raw.cursor ?? null });
  // A new dataset has nothing to check or review yet: its import panel comes first. The
  // pre-flight panel is what moves, so the import panel keeps its place in the tree (and
  // its result) when the first import fills the dataset.
  const preflightPanel = (
    <PreflightPanel
      datasetId={id}
      preflight={preflight}
      scopeLabel={preflightScope.label}
      scopeQuery={preflightScope.tableQuery}
      moderation={{ enabled: (await getDataset(scope)).moderationEnabled, ...moderationCounts(scope) }}
      otherScopes={preflightScope.others.map((o) => ({
        label: o.label,
        href: `/datasets/${id}?${nextQuery(new URLSearchParams(raw), { preflight: o.value })}`,
      }))}
    />
  );
  const importSection = can(actor.role, "datasets.import") ? (
    <Section id="import" anchor title="Import conversations">
      <ImportPanel datasetId={id} interrupted={await listResumableImports(scope)} />
    </Section>
  ) : null;

  return (
    <div className="space-y-5">
      <DatasetHeader
        dataset={dataset}
        canChangeModel={can(actor.role, "datasets.settings")}
        actions={
          <>
            {total > 0 ? (
              <Link
                href={`/datasets/${id}/review${reviewQs ? `?${reviewQs}` : ""}`}
                title="Walk the conversations of the current filter one by one, from the keyboard"
                className={buttonClasses("primary")}
              >
                Review
              </Link>
            ) : (
              <NothingToReview datasetEmpty={dataset.total === 0} />
            )}
            {dataset.forEvaluation && can(actor.role, "evals.run") ? (
              <Link
                href={`/evals/new?dataset=${id}${filterQueryString(filter) ? `&${filterQueryString(filter)}` : ""}`}
                title="Ask two models the prompts of this held-out set (the current filter's records) and compare their answers"
                className={buttonClasses("secondary")}
              >
                Evaluate…
              </Link>
            ) : null}
            {can(actor.role, "datasets.snapshot") ? (
              <ExportButtons
                datasetId={id}
                filter={filter}
                approved={approved}
                filtered={filtered}
                launchHref={canLaunch ? `/datasets/${id}?${nextQuery(new URLSearchParams(raw), { launch: "1" })}` : null}
              />
            ) : null}
          </>
        }
      />
      {launch ? (
        <LaunchSection
          launch={launch}
          closeHref={`/datasets/${id}${closeQs ? `?${closeQs}` : ""}`}
          settingsHref={can(actor.role, "providers.manage") ? "/admin/settings#providers" : null}
        />
      ) : null}
      <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <section aria-label="Conversations" className="min-w-0 space-y-3">
          {searchPending || checksPending ? <PendingWorkNotice searchPending={searchPending} checksPending={checksPending} /> : null}
          {linkProblem !== null || !page ? (
            <Notice tone="warning" title="This table link cannot be opened as it is">
              <p>{linkProblem}</p>
              <Link href={firstPageHref(id, raw, parsed.success)} className={buttonClasses("secondary", "sm", "mt-2")}>
                {parsed.success ? "Open the first page" : "Open the table without filters"}
              </Link>
            </Notice>
          ) : (
            <DataTable
              datasetId={id}
              rows={ConversationRowsSchema.parse(page.rows)}
              total={total}
              next={page.next}
              prev={page.prev}
              sort={query.sort}
              dir={query.dir}
              limit={query.limit}
              filter={filter}
              labels={labels.map((l) => ({ name: l.name, count: l.count }))}
              languages={languages}
              canBulk={can(actor.role, "datasets.bulk")}
              canImport={can(actor.role, "datasets.import")}
            />
          )}
        </section>
        <aside className="space-y-5">
          {dataset.total > 0 ? preflightPanel : null}
          {importSection}
          {dataset.total === 0 ? preflightPanel : null}
          <Section id="imports" title="Recent imports" titleClassName="">
            <RecentImports imports={imports} datasetName={dataset.name} />
          </Section>
          <Section id="bulk" title="Recent bulk changes" titleClassName="">
            <RecentBulkChanges datasetId={id} operations={bulkChanges} />
          </Section>
        </aside>
      </div>
    </div>
  );
}

/** Review with nothing to walk: in its place, saying why. */
function NothingToReview({ datasetEmpty }: { datasetEmpty: boolean }) {
  const reason = datasetEmpty
    ? "There is nothing to review yet: import conversations first."
    : "No conversation matches the current filter: change or clear the filters to review.";
  return (
    <span className="inline-flex items-center gap-1.5">
      <UnavailableButton label="Review" variant="primary" reason={reason} describedBy="review-why" />
      <UnavailableHint id="review-why" hint={datasetEmpty ? "nothing to review yet" : "nothing matches"} reason={reason} />
    </span>
  );
}

type PreflightScope = { request: ExportRequest; label: string; tableQuery: string; others: { label: string; value: string | null }[] };

/**
 * Which records the pre-flight panel checks: the approved set (what "Export approved"
 * writes) unless the user asks for the current filter; with nothing approved yet,
 * every record, since that is what there is to fix.
 */
function preflightScopeOf(param: string | undefined, approvedRecords: number, filter: ConversationFilter, filterRequest: ExportRequest): PreflightScope {
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== "");
  if (param === "filter" || approvedRecords === 0) {
    const label = filtered ? "the current filter" : approvedRecords === 0 ? "every record (none approved yet)" : "every record";
    return {
      request: filterRequest,
      label,
      tableQuery: filterQueryString(filter),
      others: approvedRecords ? [{ label: "Check the approved set", value: null }] : [],
    };
  }
  return {
    request: ExportRequestSchema.parse({ status: "approved" }),
    label: "the approved set",
    tableQuery: "status=approved",
    others: [{ label: filtered ? "Check the current filter" : "Check every record", value: "filter" }],
  };
}

/** Same view from its first page when only the cursor is stale; the plain table when the filters themselves are unreadable. */
function firstPageHref(id: string, raw: Record<string, string>, filtersReadable: boolean): string {
  const qs = filtersReadable ? nextQuery(new URLSearchParams(raw), { cursor: null }) : "";
  return qs ? `/datasets/${id}?${qs}` : `/datasets/${id}`;
}
