import Link from "next/link";
import { Suspense } from "react";
import { listLabels } from "@/lib/db/labels/list-labels";
import { getReviewProgress, getReviewStep } from "@/lib/db/review/get-review-step";
import { recordFlags } from "@/lib/db/conversations/record-flags";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { ReviewQuerySchema, reviewQueryString, type ReviewQuery } from "@/lib/validation/review-query";
import { STATUS_LABELS } from "@/lib/validation/statuses";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ReviewProgress } from "@/components/review/review-progress";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { ReviewToast } from "@/components/review/review-toast";
import { orNotFound } from "../../../_lib/or-not-found";
import { boundRecord } from "@/lib/long-text/bound-record";
import { datasetForPage } from "@/app/_lib/page-access";
import { datasetPageTitle, type DatasetPageQueryProps } from "@/app/_lib/dataset-page";

export const generateMetadata = datasetPageTitle("Review");

export default async function ReviewPage({ params, searchParams }: DatasetPageQueryProps) {
  const { id } = await params;
  const raw = paramsToObject(await searchParams);
  // The layout checks too, but pages render beside it, not after it: each still asks (cached, one query).
  const { scope } = await datasetForPage(id);
  const parsed = ReviewQuerySchema.safeParse(raw);
  const tableQuery = reviewQueryString(new URLSearchParams(raw));
  const tableHref = `/datasets/${id}${tableQuery ? `?${tableQuery}` : ""}`;
  if (!parsed.success) {
    return (
      <Notice tone="warning" title="This review link cannot be opened as it is">
        <p>{parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}</p>
        <Link href={`/datasets/${id}/review`} className={buttonClasses("secondary", "sm", "mt-2")}>
          Review the whole dataset
        </Link>
      </Notice>
    );
  }
  const query = parsed.data;
  const [step, labels] = await Promise.all([orNotFound(getReviewStep(scope, query)), listLabels(scope)]);
  // The chips of the record on screen and of the next one, which a decision shows at once.
  const flags = await recordFlags(
    scope,
    [step.current, step.next].flatMap((r) => (r ? [Number(r.id)] : [])),
  );

  return (
    <div className="space-y-4">
      <header className="sticky top-12 z-10 -mx-6 space-y-2 border-b border-zinc-200 bg-zinc-50/95 px-6 pb-3 pt-2 backdrop-blur">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h1 className="text-xl font-semibold tracking-tight">Review</h1>
            <p className="text-xs text-zinc-500">{describeFilter(query)}</p>
          </div>
          <div className="flex items-center gap-3">
            <Suspense fallback={<span className="text-sm text-zinc-500">Counting…</span>}>
              <Progress datasetId={id} query={query} />
            </Suspense>
            <Link href={tableHref} className={buttonClasses("ghost", "sm")}>
              Back to table
            </Link>
          </div>
        </div>
        <p className="text-xs text-zinc-500">
          <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> next/previous · <kbd className="font-mono">a</kbd> approve ·{" "}
          <kbd className="font-mono">r</kbd> reject · <kbd className="font-mono">n</kbd> needs changes · <kbd className="font-mono">e</kbd> edit ·{" "}
          <kbd className="font-mono">l</kbd> label · <kbd className="font-mono">?</kbd> all shortcuts
        </p>
      </header>
      {step.current ? (
        <ReviewWorkspace
          key={step.current.id}
          datasetId={id}
          query={tableQuery}
          // Bounded like the conversation page: both go to the browser as props.
          record={boundRecord(step.current)}
          next={step.next ? boundRecord(step.next) : null}
          prevId={step.prevId}
          labels={labels.map((l) => ({ name: l.name, color: l.color }))}
          flags={flags}
        />
      ) : (
        <Notice title="Nothing to review in this filter">
          No conversation matches it. Change the filter in the table, or review the whole dataset.
          <div className="mt-2 flex gap-2">
            <Link href={tableHref} className={buttonClasses("secondary", "sm")}>
              Back to table
            </Link>
          </div>
        </Notice>
      )}
      <ReviewToast />
    </div>
  );
}

/** Streamed after the conversation: counting a large filter takes longer than opening a record. */
async function Progress({ datasetId, query }: { datasetId: string; query: ReviewQuery }) {
  // Cached per render: the page asked already.
  const { scope } = await datasetForPage(datasetId);
  const p = await getReviewProgress(scope, query);
  return <ReviewProgress reviewed={p.reviewed} total={p.total} />;
}

/** "Walking: pending · label tone · search "refund" · oldest first", so the annotator knows what the progress counts. */
function describeFilter(q: ReviewQuery): string {
  const parts = [
    q.status ? STATUS_LABELS[q.status] : "all statuses",
    q.label ? `label ${q.label}` : null,
    q.q ? `search “${q.q}”` : null,
    q.invalid === "1" ? "invalid lines" : q.invalid === "0" ? "valid lines" : null,
    q.duplicate === "1" ? "exact duplicates" : q.duplicate === "0" ? "no duplicates" : null,
    `sorted by ${q.sort}, ${q.dir === "asc" ? "ascending" : "descending"}`,
  ];
  return `Walking: ${parts.filter(Boolean).join(" · ")}`;
}
