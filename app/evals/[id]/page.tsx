import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-access";
import { orNotFound } from "@/app/_lib/or-not-found";
import { can } from "@/lib/auth/permissions";
import { cancelEvaluationAction, resumeEvaluationAction } from "@/lib/actions/eval-actions";
import { getEvaluation, voterNames } from "@/lib/db/evals/read-evaluations";
import { listEvalExamples } from "@/lib/db/evals/read-examples";
import { isActiveEvalStatus } from "@/lib/evals/eval-vocabulary";
import { PROVIDER_KIND_NAMES, type ProviderKind } from "@/lib/fine-tunes/fine-tune-vocabulary";
import { buttonClasses } from "@/components/ui/button";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { EvalStatusBadge } from "@/components/evals/eval-status-badge";
import { EvalSourceLink } from "@/components/evals/eval-source-link";
import { IdActionButtons } from "@/components/ui/id-action-buttons";
import { EvalRunState } from "@/components/evals/eval-run-state";
import { EvalRunFacts } from "@/components/evals/eval-run-facts";
import { ScoreTable } from "@/components/evals/score-table";
import { WinRates } from "@/components/evals/win-rates";
import { Agreement } from "@/components/evals/agreement";
import { LabelBreakdown } from "@/components/evals/label-breakdown";
import { ExampleList } from "@/components/evals/example-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { panelClasses } from "@/components/ui/panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ view?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Evaluation ${id}` };
}

// One evaluation: how far the run is, what it cost, the automatic scores, the win
// rates by annotators and judge with their agreement, the breakdown by label, and the
// examples where the candidate lost, each one click away from the training data.
export default async function EvaluationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const q = await searchParams;
  const actor = await pageActor("datasets.read");
  const e = await orNotFound(getEvaluation(actor, id));
  const view = q.view === "all" ? "all" : "losses";
  const list = await listEvalExamples(actor, id, { view, page: Number(q.page) || 1, losses: e.summary.losses.map((l) => l.exampleId) });
  const names = await voterNames(actor, id);
  const active = isActiveEvalStatus(e.status);
  const runner = can(actor.role, "evals.run");
  const section = panelClasses(5);
  return (
    <div className="space-y-5">
      <AutoRefresh active={active} everyMs={2500} />
      <Breadcrumb trail={[{ href: "/evals", label: "Evaluations" }]} />
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="flex items-center gap-2 text-xl font-semibold tracking-tight">
            {e.name} <EvalStatusBadge status={e.status} />
          </h1>
          <p className="mt-1 text-sm text-zinc-600">
            <span className="font-mono text-xs">{e.modelA}</span> (A) against <span className="font-mono text-xs">{e.modelB}</span> (B) on{" "}
            {e.examples.toLocaleString("en-US")} examples of <EvalSourceLink source={e.source} />, with{" "}
            {PROVIDER_KIND_NAMES[e.provider as ProviderKind] ?? e.provider} ({e.providerHost}). Losing examples go back to{" "}
            <Link href={`/datasets/${e.dataset.id}`} className="underline">
              {e.dataset.name}
            </Link>
            .
          </p>
        </div>
        <div className="flex items-start gap-2">
          {can(actor.role, "evals.judge") && e.progress.answeredPairs > 0 ? (
            <Link href={`/evals/${e.id}/judge`} className={buttonClasses("primary")}>
              Judge blind
            </Link>
          ) : null}
          {runner ? (
            // Cancel keeps every answer stored so far; resume queues what is left, failed calls included.
            <IdActionButtons
              id={e.id}
              buttons={[
                !active && (e.status !== "completed" || e.progress.failedCalls > 0) && { label: "Resume", variant: "primary", action: resumeEvaluationAction },
                active && { label: "Cancel run", variant: "danger", action: cancelEvaluationAction },
              ]}
            />
          ) : null}
        </div>
      </header>

      <section aria-labelledby="run-heading" className={section}>
        <h2 id="run-heading" className="mb-3 text-sm font-semibold">
          Run
        </h2>
        <EvalRunState e={e} />
        <div className="mt-4">
          <EvalRunFacts e={e} />
        </div>
      </section>

      <section aria-labelledby="scores-heading" className="space-y-2">
        <h2 id="scores-heading" className="text-sm font-semibold">
          Automatic scores <span className="font-normal text-zinc-500">against the reference answer, with 95% intervals</span>
        </h2>
        <ScoreTable summary={e.summary} modelA={e.modelA} modelB={e.modelB} />
      </section>

      <section aria-labelledby="wins-heading" className="space-y-2">
        <h2 id="wins-heading" className="text-sm font-semibold">
          Which model answered better
        </h2>
        <WinRates summary={e.summary} />
        <div className={section}>
          <Agreement summary={e.summary} names={names} />
        </div>
      </section>

      <section aria-labelledby="labels-heading" className="space-y-2">
        <h2 id="labels-heading" className="text-sm font-semibold">
          By label
        </h2>
        <LabelBreakdown summary={e.summary} />
      </section>

      <section id="examples" aria-labelledby="examples-heading" className="space-y-2">
        <h2 id="examples-heading" className="text-sm font-semibold">
          Examples
        </h2>
        <ExampleList evaluationId={e.id} list={list} losses={e.summary.losses.length} all={e.examples} canSendBack={runner} />
      </section>
    </div>
  );
}
