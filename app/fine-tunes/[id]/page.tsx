import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-access";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getFineTune } from "@/lib/db/fine-tunes/read-fine-tunes";
import { can } from "@/lib/auth/permissions";
import { cancelFineTuneAction, retryLaunchAction } from "@/lib/actions/fine-tune-actions";
import { isFinalStatus, PROVIDER_KIND_NAMES, type ProviderKind } from "@/lib/fine-tunes/fine-tune-vocabulary";
import { buildTrainingSeries } from "@/lib/fine-tunes/training-metrics";
import { chartRows } from "@/lib/fine-tunes/chart-points";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { FineTuneStatusBadge } from "@/components/fine-tunes/fine-tune-status";
import { FineTuneFacts } from "@/components/fine-tunes/fine-tune-facts";
import { IdActionButtons } from "@/components/ui/id-action-buttons";
import { FineTuneError } from "@/components/fine-tunes/fine-tune-error";
import { TrainingChart } from "@/components/fine-tunes/training-chart";
import { EventLog } from "@/components/fine-tunes/event-log";
import { CheckpointsTable } from "@/components/fine-tunes/checkpoints-table";
import { buttonClasses } from "@/components/ui/button";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Fine-tune ${id}` };
}

// One job: where it stands, what it was asked, what the provider said, and how
// training went (loss and token accuracy over steps), with cancel and retry.
export default async function FineTunePage({ params }: Props) {
  const { id } = await params;
  const actor = await pageActor("datasets.read");
  const job = await orNotFound(getFineTune(actor, id));
  const points = chartRows(
    buildTrainingSeries(
      job.events.map((e) => ({ id: e.providerEventId, created_at: e.createdAt.getTime() / 1000, message: e.message, type: e.type, data: e.data })),
    ),
  );
  const final = isFinalStatus(job.status);
  const stalled = !job.providerJobId && (job.status === "refused" || (!final && job.nextPollAt === null));
  return (
    <div className="space-y-5">
      <AutoRefresh active={!final && !stalled} />
      <Breadcrumb trail={[{ href: "/fine-tunes", label: "Fine-tunes" }]} />
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="flex items-center gap-2 text-xl font-semibold tracking-tight">
            {job.suffix ?? job.providerJobId ?? "Fine-tune"} <FineTuneStatusBadge status={job.status} />
          </h1>
          <p className="mt-1 text-sm text-zinc-600">
            {job.method === "dpo" ? "DPO" : "Supervised"} fine-tune of <code>{job.baseModel}</code> on{" "}
            <Link href={`/snapshots/${job.snapshot.id}`} className="underline">
              snapshot #{job.snapshot.number}
            </Link>{" "}
            of{" "}
            <Link href={`/datasets/${job.dataset.id}`} className="underline">
              {job.dataset.name}
            </Link>
            , with {PROVIDER_KIND_NAMES[job.provider as ProviderKind] ?? job.provider} ({job.providerHost}).
            {job.sweepId ? (
              <>
                {" "}
                Part of a{" "}
                <Link href={`/fine-tunes/sweeps/${job.sweepId}`} className="underline">
                  sweep
                </Link>
                .
              </>
            ) : null}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {job.status === "succeeded" && job.fineTunedModel && can(actor.role, "evals.run") ? (
            <Link href={`/evals/new?fineTune=${job.id}`} className={buttonClasses("primary")}>
              Evaluate…
            </Link>
          ) : null}
          {can(actor.role, "finetune.cancel") || can(actor.role, "finetune.launch") ? (
            // Cancel asks first: a cancelled job cannot be resumed.
            <IdActionButtons
              id={job.id}
              buttons={[
                stalled && can(actor.role, "finetune.launch") && { label: "Retry launch", variant: "primary", action: retryLaunchAction },
                !final &&
                  can(actor.role, "finetune.cancel") && {
                    label: "Cancel job",
                    variant: "danger",
                    action: cancelFineTuneAction,
                    confirm: "Cancel this fine-tune? The provider stops it, and it cannot be resumed.",
                  },
              ]}
            />
          ) : null}
        </div>
      </header>
      {job.error ? <FineTuneError error={job.error} status={job.status} host={job.providerHost} retrying={!final && !stalled} /> : null}
      <FineTuneFacts job={job} />
      <section aria-labelledby="charts" className="space-y-2">
        <h2 id="charts" className="text-sm font-semibold text-zinc-800">
          Training
        </h2>
        <div className="grid gap-3 lg:grid-cols-2">
          <TrainingChart
            title="Loss"
            points={points}
            series={[
              { key: "train_loss", name: "Training loss", color: "#4f46e5" },
              { key: "valid_loss", name: "Validation loss", color: "#d97706" },
              { key: "full_valid_loss", name: "Full validation loss", color: "#059669" },
            ]}
          />
          <TrainingChart
            title="Token accuracy"
            percent
            points={points}
            series={[
              { key: "train_mean_token_accuracy", name: "Training", color: "#4f46e5" },
              { key: "valid_mean_token_accuracy", name: "Validation", color: "#d97706" },
              { key: "full_valid_mean_token_accuracy", name: "Full validation", color: "#059669" },
            ]}
          />
        </div>
      </section>
      {job.checkpoints.length ? <CheckpointsTable checkpoints={job.checkpoints} /> : null}
      <EventLog events={job.events} />
    </div>
  );
}
