import type { Metadata } from "next";
import { cache } from "react";
import { pageActor } from "@/app/_lib/page-access";
import { orNotFound } from "@/app/_lib/or-not-found";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { myVotes, nextBlindPair } from "@/lib/db/evals/judging-queue";
import { JudgeWorkspace } from "@/components/evals/judge-workspace";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type Props = { params: Promise<{ id: string }> };

// Who asks comes first (signed out goes to sign-in), then the evaluation's dataset
// decides membership (404) before the role decides (403). Cached per render, so the
// title and the page ask once.
const judging = cache(async (id: string) => {
  await pageActor();
  const actor = await pageActor("evals.judge", await orNotFound(datasetOfEvaluation(id)));
  const [queue, votes] = await Promise.all([orNotFound(nextBlindPair(actor, id)), myVotes(actor, id)]);
  return { queue, judged: votes.map((v) => v.exampleId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { queue } = await judging((await params).id);
  return { title: `Judge blind · ${queue.evaluation.name}` };
}

// Blind judging of an evaluation: the prompt and the two models' answers in an order
// drawn for this annotator, with no model named anywhere on the page.
export default async function JudgePage({ params }: Props) {
  const { id } = await params;
  const { queue, judged } = await judging(id);
  const kbd = "font-mono";
  return (
    <div className="space-y-4">
      <header className="sticky top-12 z-10 -mx-6 -mt-6 space-y-2 border-b border-zinc-200 bg-zinc-50/95 px-6 pb-3 pt-4 backdrop-blur">
        <Breadcrumb
          trail={[
            { href: "/evals", label: "Evaluations" },
            { href: `/evals/${id}`, label: queue.evaluation.name },
          ]}
          current="Judge blind"
        />
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Judge blind</h1>
          <p className="text-sm text-zinc-600">
            Two answers to the same prompt, in an order drawn for you, with the models hidden. Say which is better; each verdict is saved at once and the next
            pair follows.
          </p>
        </div>
        <p className="text-xs text-zinc-500">
          <kbd className={kbd}>1</kbd>/<kbd className={kbd}>←</kbd> left better · <kbd className={kbd}>2</kbd>/<kbd className={kbd}>→</kbd> right better ·{" "}
          <kbd className={kbd}>3</kbd>/<kbd className={kbd}>t</kbd> tie · <kbd className={kbd}>4</kbd>/<kbd className={kbd}>x</kbd> both bad ·{" "}
          <kbd className={kbd}>n</kbd> note · <kbd className={kbd}>s</kbd> skip · <kbd className={kbd}>?</kbd> all shortcuts
        </p>
      </header>
      <JudgeWorkspace evaluationId={id} initial={queue} judged={judged} />
    </div>
  );
}
