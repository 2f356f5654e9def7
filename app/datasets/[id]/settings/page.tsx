import { pendingCheckCount } from "@/lib/db/preflight/check-pending-records";
import { resolveModel } from "@/lib/models/fine-tunable-models";
import { TargetModelForm } from "@/components/datasets/target-model-form";
import { LabelShareForm } from "@/components/datasets/label-share-form";
import { ForEvaluationForm } from "@/components/datasets/for-evaluation-form";
import { modelOptions } from "@/components/datasets/model-options";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { datasetForPage, pageActor } from "@/app/_lib/page-access";
import { can } from "@/lib/auth/permissions";
import { listMembers } from "@/lib/db/datasets/members";
import { DatasetMembers } from "@/components/datasets/dataset-members";
import { PageHeader } from "@/components/ui/page-header";
import { ModerationSection } from "@/components/moderation/moderation-section";
import { latestModerationRun, moderationCounts } from "@/lib/db/moderation/moderation-status";
import { providerViews } from "@/lib/db/providers/provider-settings";
import { notConfiguredMessage } from "@/lib/providers/provider-config";
import { Section } from "@/components/ui/panel";
import { datasetPageTitle, type DatasetPageProps } from "@/app/_lib/dataset-page";

export const generateMetadata = datasetPageTitle("Settings");

export default async function DatasetSettingsPage({ params }: DatasetPageProps) {
  const { id } = await params;
  const [actor, dataset] = await Promise.all([pageActor("datasets.read", id), datasetForPage(id)]);
  const model = resolveModel(dataset.targetModel);
  const members = await listMembers(dataset.id);
  const counting = pendingCheckCount(dataset.id);
  const moderationRun = await latestModerationRun(dataset.id);
  return (
    <div className="space-y-5">
      <PageHeader title="Settings" />

      <Section
        id="model"
        title="Model"
        padding={5}
        description={
          <>
            The fine-tunable model this dataset is meant for. It decides how tokens are counted and the longest example the model trains on
            {model ? ` (${formatCount(model.maxTokensPerExample)} tokens for ${model.family}; longer ones are truncated)` : ""}.
          </>
        }
      >
        {can(actor.role, "datasets.settings") ? (
          <TargetModelForm datasetId={dataset.id} current={dataset.targetModel} models={modelOptions()} />
        ) : (
          <p className="text-sm">
            <span className="font-mono">{dataset.targetModel}</span> <span className="text-xs text-zinc-500">(a lead changes it)</span>
          </p>
        )}
        {counting ? (
          <p role="status" className="mt-3 text-xs text-zinc-500">
            Counting tokens and checking: {formatCount(counting)} conversations to go.
          </p>
        ) : null}
      </Section>

      <Section
        id="preflight-settings"
        title="Pre-flight check"
        padding={5}
        description={
          <>
            A set where one label dominates teaches the model to lean towards it. The check warns (unbalanced_labels) when one label is on more than this share
            of the checked examples.
          </>
        }
      >
        {can(actor.role, "datasets.settings") ? (
          <LabelShareForm datasetId={dataset.id} percent={Math.round(dataset.labelShareLimit * 100)} />
        ) : (
          <p className="text-sm">
            {Math.round(dataset.labelShareLimit * 100)}% <span className="text-xs text-zinc-500">(a lead changes it)</span>
          </p>
        )}
      </Section>

      <Section
        id="evaluation-settings"
        title="Evaluation"
        padding={5}
        description={
          <>
            A held-out dataset measures whether a fine-tune helped. Evaluations ask models about a snapshot&apos;s validation split, or about a dataset marked
            here, so no example a model trained on is used to judge it.
          </>
        }
      >
        {can(actor.role, "datasets.settings") ? (
          <ForEvaluationForm datasetId={dataset.id} forEvaluation={dataset.forEvaluation} />
        ) : (
          <p className="text-sm">
            {dataset.forEvaluation ? "Held out for evaluation" : "Not marked for evaluation"} <span className="text-xs text-zinc-500">(a lead changes it)</span>
          </p>
        )}
      </Section>

      <Section
        id="members"
        title="Members"
        padding={5}
        description="Who works on this dataset. Admins see every dataset; everyone else only those they are a member of."
        descriptionClassName="mb-3"
      >
        <DatasetMembers
          datasetId={dataset.id}
          canManage={can(actor.role, "datasets.members")}
          members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role }))}
        />
      </Section>

      <Section
        id="moderation"
        title="Moderation pre-scan"
        padding={5}
        description={
          <>
            A fine-tune job fails after upload when the provider&apos;s safety checks reject records. Scanning with the provider&apos;s moderation endpoint
            first finds them before any money is spent. Off unless a lead turns it on.
          </>
        }
      >
        <ModerationSection
          datasetId={dataset.id}
          enabled={dataset.moderationEnabled}
          provider={await moderationProvider()}
          run={moderationRun}
          counts={moderationCounts(dataset.id)}
          canModerate={can(actor.role, "datasets.moderate")}
        />
      </Section>

      <Section id="about" title="About this dataset" padding={5} titleClassName="">
        <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-y-1.5 text-sm">
          <dt className="text-zinc-500">Name</dt>
          <dd>{dataset.name}</dd>
          <dt className="text-zinc-500">Description</dt>
          <dd className="text-zinc-700">{dataset.description || <span className="text-zinc-500">None</span>}</dd>
          <dt className="text-zinc-500">Created</dt>
          <dd>{formatDateTime(dataset.createdAt)}</dd>
          <dt className="text-zinc-500">ID</dt>
          <dd className="font-mono text-xs leading-5">{dataset.id}</dd>
        </dl>
      </Section>
    </div>
  );
}

/** Where a scan would send content (OpenAI as saved under Settings, or from the environment), or why it cannot; never the key. */
async function moderationProvider(): Promise<{ host: string; keyProblem: string | null } | { problem: string }> {
  const openai = (await providerViews()).find((p) => p.kind === "openai")!;
  if (!openai.host) return { problem: openai.problem ?? notConfiguredMessage("openai") };
  return { host: openai.host, keyProblem: openai.configured ? null : (openai.problem ?? notConfiguredMessage("openai")) };
}
