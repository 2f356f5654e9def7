import Link from "next/link";
import type { EvalExampleView } from "@/lib/evals/eval-view";
import { PageLink } from "@/components/ui/page-link";
import { ExamplePair } from "./example-pair";
import { EmptyState } from "@/components/ui/table";

// The examples under the report: where the candidate lost (to send back), or all of
// them, one page at a time.

type Page = { view: "losses" | "all"; total: number; page: number; pages: number; items: EvalExampleView[] };

export function ExampleList({
  evaluationId,
  list,
  losses,
  all,
  canSendBack,
}: {
  evaluationId: string;
  list: Page;
  losses: number;
  all: number;
  canSendBack: boolean;
}) {
  const href = (view: string, page = 1) => `/evals/${evaluationId}?view=${view}${page > 1 ? `&page=${page}` : ""}#examples`;
  const tab = (view: "losses" | "all", label: string) => (
    <Link
      href={href(view)}
      aria-current={list.view === view ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm ${list.view === view ? "bg-zinc-900 text-white" : "text-zinc-600 hover:bg-zinc-200/60"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-3">
      <nav aria-label="Examples" className="flex gap-1">
        {tab("losses", `Where B lost (${losses})`)}
        {tab("all", `All examples (${all})`)}
      </nav>
      {list.items.length ? (
        list.items.map((e) => <ExamplePair key={e.exampleId} example={e} evaluationId={evaluationId} canSendBack={canSendBack} />)
      ) : (
        <EmptyState dashed>
          {list.view === "losses"
            ? "Model B has lost no example so far (by the annotators, the judge, or the automatic scores)."
            : "No examples have answers yet."}
        </EmptyState>
      )}
      {list.pages > 1 ? (
        <div className="flex items-center gap-2 text-sm text-zinc-600">
          <PageLink href={list.page > 1 ? href(list.view, list.page - 1) : null}>Previous</PageLink>
          <span>
            Page {list.page} of {list.pages}
          </span>
          <PageLink href={list.page < list.pages ? href(list.view, list.page + 1) : null}>Next</PageLink>
        </div>
      ) : null}
    </div>
  );
}
