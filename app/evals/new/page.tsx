import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-access";
import { evalChoices, evalPrefill } from "@/lib/db/evals/eval-choices";
import { NewEvalForm } from "@/components/evals/new-eval-form";

export const metadata: Metadata = { title: "New evaluation" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

// Asks two models every prompt of a held-out set and scores their answers. Reached from
// the evaluations list, or with a fine-tune (?fineTune=) or a snapshot (?snapshot=)
// filled in from its page.
export default async function NewEvaluationPage({ searchParams }: Props) {
  const actor = await pageActor("evals.run");
  const query = await searchParams;
  const prefill = await evalPrefill(actor, { fineTune: one(query.fineTune), snapshot: one(query.snapshot) });
  const choices = await evalChoices(actor, { snapshotId: prefill.snapshotId });
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <header>
        <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
          <Link href="/evals" className="hover:text-zinc-900">
            Evaluations
          </Link>{" "}
          /
        </nav>
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
