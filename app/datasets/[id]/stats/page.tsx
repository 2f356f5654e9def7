import Link from "next/link";
import { getDatasetStats } from "@/lib/db/stats/dataset-stats";
import { can } from "@/lib/auth/permissions";
import { ConversationFilterSchema, paramsToObject } from "@/lib/validation/conversation-filter";
import { pickFilter } from "@/lib/validation/filter-query";
import { statsHref, tableHref } from "@/lib/stats/bar-links";
import { describeFilter } from "@/lib/stats/describe-filter";
import { languageName } from "@/lib/quality/language-name";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { buttonClasses } from "@/components/ui/button";
import { formatDateTime, plural } from "@/components/ui/format";
import { HistogramPanel, TokensPanel } from "@/components/stats/length-panels";
import { LabelPanel, LanguagePanel, StatusPanel, SystemPromptPanel } from "@/components/stats/category-panels";
import { ReviewPanel } from "@/components/stats/review-panel";
import { datasetForPage, pageActor } from "@/app/_lib/page-access";
import { datasetPageTitle, type DatasetPageQueryProps } from "@/app/_lib/dataset-page";

export const generateMetadata = datasetPageTitle("Statistics");

// The shape of a dataset, or of the records one table filter selects: the same query
// string as the table, so a lead moves between the rows and their figures.
export default async function StatsPage({ params, searchParams }: DatasetPageQueryProps) {
  const { id } = await params;
  const [actor, dataset] = await Promise.all([pageActor("datasets.read", id), datasetForPage(id)]);
  const parsed = ConversationFilterSchema.safeParse(paramsToObject(await searchParams));

  const header = <PageHeader title="Statistics" />;
  if (!parsed.success) {
    return (
      <div className="space-y-4">
        {header}
        <Notice tone="warning" title="This statistics link has a filter that cannot be read">
          <ul className="list-disc pl-5">
            {parsed.error.issues.map((i) => (
              <li key={`${i.path.join(".")}:${i.message}`}>
                {i.path.join(".")}: {i.message}
              </li>
            ))}
          </ul>
          <Link href={statsHref(id, {})} className={buttonClasses("secondary", "sm", "mt-2")}>
            Show the whole dataset
          </Link>
        </Notice>
      </div>
    );
  }

  const filter = pickFilter(parsed.data);
  const stats = await getDatasetStats(dataset.scope, filter);
  const conditions = describeFilter(filter, languageName);
  const ctx = { datasetId: id, filter };

  return (
    <div className="space-y-4">
      {header}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-zinc-700">
          {conditions.length ? (
            <>
              {plural(stats.total, "record")} matching <span className="font-medium text-zinc-900">{conditions.join(" · ")}</span>
            </>
          ) : (
            <>The whole dataset: {plural(stats.total, "record")}</>
          )}
          <span className="text-zinc-500"> · figures as of {formatDateTime(stats.computedAt)}</span>
        </p>
        <div className="flex items-center gap-2">
          {conditions.length ? (
            <Link href={statsHref(id, {})} className={buttonClasses("ghost", "sm")}>
              Whole dataset
            </Link>
          ) : null}
          <Link href={tableHref(id, filter)} className={buttonClasses("secondary", "sm")}>
            {conditions.length ? "Open these records in the table" : "Open the table"}
          </Link>
        </div>
      </div>
      {stats.pendingChecks > 0 ? (
        <Notice tone="info">
          The background checks have not reached {plural(stats.pendingChecks, "record")} of these yet: their tokens, language and system prompt are missing from
          the charts below. Reload the page later to see them counted.
        </Notice>
      ) : null}
      <TokensPanel stats={stats} ctx={ctx} targetModel={dataset.targetModel} />
      <div className="grid gap-4 lg:grid-cols-2">
        <HistogramPanel
          stats={stats}
          ctx={ctx}
          column="assistantTokens"
          title="Assistant tokens per record"
          description="Tokens of assistant messages and tool calls: what the model learns to write."
          unit="tokens"
          color="#8b5cf6"
        />
        <HistogramPanel
          stats={stats}
          ctx={ctx}
          column="turns"
          title="Turns per record"
          description="Messages per record, the system prompt included."
          unit="turns"
          color="#0ea5e9"
        />
        <StatusPanel stats={stats} ctx={ctx} />
        <LabelPanel stats={stats} ctx={ctx} />
        <LanguagePanel stats={stats} ctx={ctx} languageName={languageName} />
        <SystemPromptPanel stats={stats} ctx={ctx} />
      </div>
      <ReviewPanel stats={stats} datasetId={id} canReadAudit={can(actor.role, "audit.read")} />
    </div>
  );
}
