import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-access";
import { listEvaluations } from "@/lib/db/evals/read-evaluations";
import { can } from "@/lib/auth/permissions";
import { isActiveEvalStatus } from "@/lib/evals/eval-vocabulary";
import { buttonClasses } from "@/components/ui/button";
import { EvalsTable } from "@/components/evals/evals-table";
import { LiveList } from "@/components/ui/live-list";

export const metadata: Metadata = { title: "Evaluations" };

// Every evaluation of the datasets the user works on, newest first. Runs go on in the
// server whether or not this page is open.
export default async function EvaluationsPage() {
  const actor = await pageActor("datasets.read");
  const evals = await listEvaluations(actor);
  return (
    <LiveList
      title="Evaluations"
      description="Did the fine-tune help? Two models answer every held-out prompt; their answers are scored against the reference, by an optional LLM judge, and blind by annotators. Examples the candidate lost go back to the training data for review."
      actions={
        can(actor.role, "evals.run") ? (
          <Link href="/evals/new" className={buttonClasses("primary")}>
            New evaluation
          </Link>
        ) : null
      }
      active={evals.some((e) => isActiveEvalStatus(e.status))}
      everyMs={3000}
      table={evals.length ? <EvalsTable evals={evals} /> : null}
      empty={
        <>
          No evaluations yet. Make a snapshot with a validation split and fine-tune on it, then evaluate the fine-tune against its base model from the
          job&apos;s page, or start one here with <em>New evaluation</em>.
        </>
      }
    />
  );
}
