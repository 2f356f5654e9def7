"use client";

import Link from "next/link";
import type { EvalChoices } from "@/lib/evals/eval-choices-view";
import { fineTuneBehind, type EvalFormValues } from "@/lib/evals/eval-form";
import { FieldError, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatCount, plural } from "@/components/ui/format";
import { controlProps, EvalField, type FieldErrors } from "./eval-field";
import { describeFilter } from "@/lib/stats/describe-filter";
import { STATUS_LABELS, type Status } from "@/lib/validation/statuses";
import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { Button } from "@/components/ui/button";

// Which examples both models are asked: a snapshot's validation split (held out when
// the snapshot was made) or a dataset a lead keeps for evaluation only. Never
// training examples, which say nothing about how a model answers new ones.

type Props = {
  values: EvalFormValues;
  set: (patch: Partial<EvalFormValues>) => void;
  choices: Pick<EvalChoices, "snapshots" | "evalDatasets" | "datasets" | "fineTuned">;
  errors?: FieldErrors;
};

const KINDS = [
  { kind: "snapshot", label: "Snapshot validation split" },
  { kind: "dataset", label: "Dataset marked for evaluation" },
] as const;

export function EvalSourceFields({ values, set, choices, errors }: Props) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-zinc-800">Eval set</legend>
      <div role="radiogroup" aria-label="Eval set" className="inline-flex rounded-md border border-zinc-200 p-0.5 text-xs">
        {KINDS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            role="radio"
            aria-checked={values.sourceKind === kind}
            onClick={() => set({ sourceKind: kind })}
            className={`rounded px-2.5 py-1 ${values.sourceKind === kind ? "bg-zinc-900 text-white" : "text-zinc-600 hover:text-zinc-900"}`}
          >
            {label}
          </button>
        ))}
      </div>
      {values.sourceKind === "snapshot" ? (
        <SnapshotChoice values={values} set={set} choices={choices} errors={errors} />
      ) : (
        <DatasetChoice values={values} set={set} choices={choices} errors={errors} />
      )}
    </fieldset>
  );
}

function SnapshotChoice({ values, set, choices, errors }: Props) {
  if (!choices.snapshots.length) {
    return (
      <>
        <Notice title="No snapshot with a validation split">
          Evaluations ask models about examples they were not trained on. Open a dataset from the{" "}
          <Link href="/" className="underline">
            Datasets
          </Link>{" "}
          page, go to its Snapshots and create one with a validation fraction (0.1 holds out a tenth of the records); or evaluate a dataset marked for
          evaluation.
        </Notice>
        <FieldError id="eval-source-error" messages={errors?.source} />
      </>
    );
  }
  return (
    <EvalField
      id="eval-snapshot"
      label="Snapshot"
      hint="Its validation split, exactly as written. Losing examples can be sent back to the snapshot's dataset."
      errors={errors?.source}
    >
      <select
        {...controlProps("eval-snapshot", { hint: true, errors: errors?.source })}
        value={values.snapshotId}
        onChange={(e) => set({ snapshotId: e.target.value })}
        className={inputClasses("w-full")}
      >
        {choices.snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {s.dataset.name} #{s.number}: {plural(s.validationRecords, "validation record")}
            {s.kind === "chat" ? "" : ` (${s.kind})`}, {new Date(s.createdAt).toISOString().slice(0, 10)}
          </option>
        ))}
      </select>
    </EvalField>
  );
}

function DatasetChoice({ values, set, choices, errors }: Props) {
  if (!choices.evalDatasets.length) {
    return (
      <>
        <Notice title="No dataset is marked for evaluation">
          A lead marks a held-out dataset in its settings (“Held out for evaluation”): its records then measure models and are never trained on. Open it from
          the{" "}
          <Link href="/" className="underline">
            Datasets
          </Link>{" "}
          page, then Settings.
        </Notice>
        <FieldError id="eval-source-error" messages={errors?.source} />
      </>
    );
  }
  const chosen = choices.evalDatasets.find((d) => d.id === values.datasetId);
  const behind = fineTuneBehind(values.modelA, values.modelB, choices.fineTuned);
  const trainingHint = behind
    ? `Where losing examples are sent back for review. By default, the dataset model ${behind.fineTunedModel === values.modelB.trim() ? "B" : "A"} was fine-tuned from: ${behind.dataset.name}.`
    : "Where losing examples are sent back for review. By default, the dataset model B (or A) was fine-tuned from in Tuneset; neither model given was, so choose one.";
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <EvalField id="eval-dataset" label="Evaluation dataset" errors={errors?.source}>
        <select
          {...controlProps("eval-dataset", { errors: errors?.source })}
          value={values.datasetId}
          onChange={(e) => set({ datasetId: e.target.value })}
          className={inputClasses("w-full")}
        >
          {choices.evalDatasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </EvalField>
      <EvalField id="eval-status" label="Status" hint="Resolved duplicates and invalid lines are always left out.">
        <select
          {...controlProps("eval-status", { hint: true })}
          value={values.status}
          onChange={(e) => set({ status: e.target.value })}
          className={inputClasses("w-full")}
        >
          <option value="approved">Approved{chosen ? ` (${formatCount(chosen.approved)})` : ""}</option>
          <option value="all">Every status{chosen ? ` (${formatCount(chosen.all)})` : ""}</option>
          {values.status in STATUS_LABELS && values.status !== "approved" ? (
            <option value={values.status}>{STATUS_LABELS[values.status as Status]}</option>
          ) : null}
        </select>
      </EvalField>
      <EvalField id="eval-training-dataset" label="Training dataset" hint={trainingHint} errors={errors?.trainingDatasetId}>
        <select
          {...controlProps("eval-training-dataset", { hint: true, errors: errors?.trainingDatasetId })}
          value={values.trainingDatasetId}
          onChange={(e) => set({ trainingDatasetId: e.target.value })}
          className={inputClasses("w-full")}
        >
          <option value="">{behind ? `Default (${behind.dataset.name})` : "Default (from the fine-tune)"}</option>
          {choices.datasets
            .filter((d) => d.id !== values.datasetId)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </select>
      </EvalField>
      <TableFilterLine values={values} set={set} />
    </div>
  );
}

/** The conditions of the table the form was opened from, which narrow the held-out set further. */
function TableFilterLine({ values, set }: Pick<Props, "values" | "set">) {
  const phrases = describeFilter(values.tableFilter as ConversationFilter);
  if (!phrases.length) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 sm:col-span-3">
      <span>Only records of the table&apos;s filter: {phrases.join(", ")}.</span>
      <Button size="sm" variant="ghost" onClick={() => set({ tableFilter: {} })}>
        Use every record of that status
      </Button>
    </p>
  );
}
