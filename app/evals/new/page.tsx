import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-access";
import { evalChoices, evalPrefill } from "@/lib/db/evals/eval-choices";
import { NewEvalForm } from "@/components/evals/new-eval-form";
import { pickFilter } from "@/lib/validation/filter-query";
import { EvalDatasetFilterSchema } from "@/lib/validation/eval-request";
import type { EvalChoices, EvalPrefill } from "@/lib/evals/eval-choices-view";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "New evaluation" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

// Asks two models every prompt of a held-out set and scores their answers. Reached from
// the evaluations list, or with a fine-tune (?fineTune=), a snapshot (?snapshot=) or a
// held-out dataset and its table's filter (?dataset=&label=…) filled in from its page.
export default async function NewEvaluationPage({ searchParams }: Props) {
  const actor = await pageActor("evals.run");
  const query = await searchParams;
  const linked = await evalPrefill(actor, { fineTune: one(query.fineTune), snapshot: one(query.snapshot) });
  const choices = await evalChoices(actor, { snapshotId: linked.snapshotId });
  const datasetId = one(query.dataset);
  const prefill = datasetId ? withDataset(linked, choices, datasetId, query) : linked;
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <header>
        <Breadcrumb trail={[{ href: "/evals", label: "Evaluations" }]} />
        <h1 className="text-xl font-semibold tracking-tight">New evaluation</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Both models answer every prompt of examples they were not trained on; annotators judge the pairs blind, and an LLM judge too if you ask for one.
          Losing examples can then be sent back to the training dataset for review.
        </p>
      </header>
      <NewEvalForm choices={choices} prefill={prefill} />
    </div>
  );
}

/** A held-out dataset from its table's "Evaluate…" link, with the table's filter; a note when it cannot be used. */
function withDataset(prefill: EvalPrefill, choices: EvalChoices, datasetId: string, query: Record<string, string | string[] | undefined>): EvalPrefill {
  if (!choices.evalDatasets.some((d) => d.id === datasetId)) {
    return {
      ...prefill,
      notes: [...prefill.notes, "That dataset is not marked for evaluation (or you cannot see it): mark it in its settings, or choose another eval set."],
    };
  }
  const single = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, one(v)]));
  const parsed = EvalDatasetFilterSchema.safeParse(pickFilter(single));
  if (!parsed.success)
    return { ...prefill, datasetId, notes: [...prefill.notes, "The table's filter could not be read, so every approved record is offered."] };
  const { status, ...rest } = parsed.data;
  const tableFilter = Object.fromEntries(
    Object.entries(rest).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"),
  );
  return { ...prefill, datasetId, status, tableFilter };
}
