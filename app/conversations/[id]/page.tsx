import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getConversation, parseConversationId } from "@/lib/db/conversations/get-conversation";
import { listRevisions } from "@/lib/db/conversations/revisions";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { listLabels } from "@/lib/db/labels/list-labels";
import { conversationDuplicates } from "@/lib/db/dedup/get-cluster";
import { formatSimilarity } from "@/lib/dedup/format-similarity";
import { NearDuplicatesPanel } from "@/components/dedup/near-duplicates-panel";
import { resolveModel } from "@/lib/models/fine-tunable-models";
import { tableBackQuery } from "@/lib/validation/table-back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { InvalidBadge, StatusBadge } from "@/components/ui/status-badge";
import { ConversationMetadata } from "@/components/review/conversation-metadata";
import { FixInvalidForm, NotUtf8Note } from "@/components/review/fix-invalid-form";
import { hiddenAt, MessageList } from "@/components/review/message-list";
import { LongText } from "@/components/review/long-text";
import { boundRecord } from "@/lib/long-text/bound-record";
import { isShortened, turnEditorRefusal } from "@/lib/long-text/shortened-text";
import { PreferenceView } from "@/components/review/preference-view";
import { ReviewNoteForm } from "@/components/review/review-note-form";
import { LabelEditor } from "@/components/review/label-editor";
import { EditOnPage } from "@/components/review/edit-on-page";
import { editableMessages, editablePreference } from "@/lib/editing/editable-messages";
import { RevisionsList } from "@/components/review/revisions-list";
import { recordChecks } from "@/lib/db/preflight/record-checks";
import { RecordChecksPanel } from "@/components/preflight/record-checks-panel";
import { StatusButtons } from "@/components/review/status-buttons";
import { ToolsSection } from "@/components/review/tools-section";
import { orNotFound } from "../../_lib/or-not-found";
import { conversationPageAccess } from "../../_lib/page-access";
import { can } from "@/lib/auth/permissions";
import { DatasetBreadcrumb } from "@/components/ui/breadcrumb";
import { ModerationFlag } from "@/components/moderation/moderation-flag";
import { getModerationVerdict } from "@/lib/db/moderation/get-moderation-verdict";
import { Section } from "@/components/ui/panel";
import { Panel } from "@/components/ui/panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ back?: string | string[]; edit?: string | string[] }> };

// Once per request (the metadata asks too), and bounded: a record of megabytes sends its
// texts' starts and its first turns, and the rest loads on request.
const load = cache(async (rawId: string) => {
  const id = await orNotFound((async () => parseConversationId(rawId))());
  const { scope } = await conversationPageAccess("datasets.read", id);
  return boundRecord(await orNotFound(getConversation(scope, id)));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await load((await params).id);
  return { title: `Conversation #${record.id}` };
}

export default async function ConversationPage({ params, searchParams }: Props) {
  const record = await load((await params).id);
  const id = Number(record.id);
  // A viewer reads; the server would refuse their edits and decisions anyway.
  const { actor, scope } = await conversationPageAccess("datasets.read", id);
  const canEdit = can(actor.role, "conversations.edit");
  const canReview = can(actor.role, "conversations.review");
  const [dataset, revisions, datasetLabels] = await Promise.all([orNotFound(getDataset(scope)), listRevisions(scope, id), listLabels(scope)]);
  const query = await searchParams;
  const backParam = query.back;
  const back = tableBackQuery(Array.isArray(backParam) ? backParam[0] : backParam);
  const tableHref = `/datasets/${dataset.id}${back ? `?${back}` : ""}`;
  const labels = record.labels.map((name) => ({ name, color: datasetLabels.find((l) => l.name === name)?.color ?? "" }));
  const invalid = record.kind === "invalid";
  const pageHref = `/conversations/${id}${back ? `?back=${encodeURIComponent(back)}` : ""}`;
  const editRefusal = turnEditorRefusal(record);
  const editable = editRefusal ? null : editableMessages(record);
  const editing = canEdit && query.edit === "1" && editable !== null;
  const preference = editRefusal ? null : editablePreference(record);
  const duplicates = conversationDuplicates(scope, id);
  const checks = recordChecks(scope, id);
  // A resolved duplicate links to its keeper; that says more than the import's "same as an earlier line".
  const keeperId = record.status === "duplicate" ? record.keeper_id : null;
  const editingPreference = canEdit && query.edit === "1" && preference !== null;

  return (
    <div className="space-y-5">
      {/* Sticky, so the decision buttons stay in reach at the end of a long conversation. */}
      <header className="sticky top-12 z-10 -mx-6 -mt-6 flex flex-wrap items-start justify-between gap-3 border-b border-zinc-200 bg-zinc-50/95 px-6 pb-2 pt-4 backdrop-blur">
        <div className="min-w-0">
          <DatasetBreadcrumb dataset={dataset} />
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-xl font-semibold tracking-tight">Conversation #{record.id}</h1>
            {invalid ? <InvalidBadge /> : <StatusBadge status={record.status} />}
            <ModerationFlag verdict={getModerationVerdict(scope, id)} />
            {record.kind === "preference" ? <Badge tone="violet">Preference</Badge> : null}
            {keeperId ? (
              <Link
                href={`/conversations/${keeperId}`}
                title="Resolved as a duplicate: this record is kept in its place"
                className="rounded bg-violet-50 px-1.5 py-0.5 text-xs font-medium text-violet-700 ring-1 ring-inset ring-violet-200 hover:underline"
              >
                Duplicate of #{keeperId}
              </Link>
            ) : record.duplicate_of ? (
              <Badge tone="amber">Duplicate of #{record.duplicate_of}</Badge>
            ) : null}
          </div>
          <Link href={tableHref} className={buttonClasses("ghost", "sm", "-ml-2.5 mt-1")}>
            ← Back to table
          </Link>
          {canEdit && (editable || preference) && !editing && !editingPreference ? (
            <Link href={`${pageHref}${back ? "&" : "?"}edit=1`} className={buttonClasses("secondary", "sm", "mt-1")}>
              {preference ? "Edit input and answers" : "Edit turns"}
            </Link>
          ) : null}
          {canEdit && editRefusal ? <p className="mt-1 max-w-xl text-xs text-zinc-500">{editRefusal}</p> : null}
        </div>
        {canReview ? <StatusButtons id={id} version={record.version} status={record.status} invalid={invalid} /> : null}
      </header>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-3">
          {editingPreference ? (
            <EditOnPage kind="preference" id={id} version={record.version} record={preference} viewHref={pageHref} />
          ) : editing ? (
            <EditOnPage kind="chat" id={id} version={record.version} messages={editable.messages} tools={editable.tools} viewHref={pageHref} />
          ) : invalid && canEdit ? (
            <FixInvalidForm id={id} version={record.version} raw={record.raw ?? ""} errors={record.errors ?? []} notUtf8={record.not_utf8} />
          ) : invalid ? (
            <>
              {record.not_utf8 ? <NotUtf8Note /> : null}
              {isShortened(record.raw) ? (
                <LongText value={record.raw} as="code" />
              ) : (
                <pre className="whitespace-pre-wrap break-all rounded-lg border border-red-200 bg-white p-3 font-mono text-xs">{record.raw}</pre>
              )}
            </>
          ) : record.kind === "preference" ? (
            <PreferenceView input={record.input} preferred={record.preferred_output} nonPreferred={record.non_preferred_output} hidden={record.hidden_turns} />
          ) : (
            <>
              <ToolsSection tools={record.tools} parallelToolCalls={record.parallel_tool_calls} />
              <MessageList messages={record.messages} hidden={hiddenAt(record.hidden_turns, "messages")} />
            </>
          )}
        </div>
        <aside className="space-y-4">
          <Section id="details" title="Details">
            <ConversationMetadata record={record} labels={labels} model={resolveModel(dataset.targetModel)} back={back} />
          </Section>
          <Section id="checks" title="Pre-flight check" titleClassName="mb-2">
            {checks ? <RecordChecksPanel checks={checks} model={dataset.targetModel} invalid={invalid} /> : null}
          </Section>
          {duplicates ? (
            <Section id="near-duplicates" title="Near-duplicates" titleClassName="mb-2">
              <NearDuplicatesPanel
                clusterHref={`/datasets/${record.datasetId}/duplicates/${duplicates.clusterId}`}
                clusterId={duplicates.clusterId}
                kind={duplicates.kind}
                others={duplicates.others.map((o) => ({ ...o, similarity: formatSimilarity(o.similarity) }))}
              />
            </Section>
          ) : null}
          <Section id="labels" title="Labels">
            {canReview ? (
              <LabelEditor id={id} version={record.version} labels={labels} datasetLabels={datasetLabels} />
            ) : (
              <p className="text-sm text-zinc-600">{labels.length ? labels.map((l) => l.name).join(", ") : "None"}</p>
            )}
          </Section>
          {canReview ? (
            <Panel aria-label="Reviewer note">
              <ReviewNoteForm id={id} version={record.version} note={record.note} />
            </Panel>
          ) : null}
          <Section id="revisions" title="Revisions">
            <RevisionsList id={id} current={record.version} revisions={revisions} canRestore={canEdit} />
          </Section>
        </aside>
      </div>
    </div>
  );
}
