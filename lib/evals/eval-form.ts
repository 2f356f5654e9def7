import { EVAL_DEFAULTS } from "./eval-vocabulary";
import type { ProviderKind } from "../fine-tunes/fine-tune-vocabulary";
import type { EvalRequestInput } from "../validation/eval-request";
import type { EvalChoices, EvalPrefill, FineTunedModelChoice, TableFilter } from "./eval-choices-view";

// The "New evaluation" form's values as typed, where they start, and the request they
// make. The request goes through EvalRequestSchema on the server like the API's and
// the CLI's, so blank fields here take the same defaults there.

export type EvalFormValues = {
  sourceKind: "snapshot" | "dataset";
  snapshotId: string;
  datasetId: string;
  /** approved, all, or another status a table link carried. */
  status: string;
  /** The table's other conditions, when the form was opened from a filtered table. */
  tableFilter: TableFilter;
  /** "" leaves it to the server: the dataset model B was fine-tuned from. */
  trainingDatasetId: string;
  provider: ProviderKind;
  modelA: string;
  modelB: string;
  temperature: string;
  maxTokens: string;
  concurrency: string;
  votesPerPair: string;
  judge: boolean;
  judgeModel: string;
  judgeRubric: string;
  name: string;
};

export function initialEvalForm(choices: Pick<EvalChoices, "snapshots" | "evalDatasets" | "providers">, prefill: EvalPrefill, rubric: string): EvalFormValues {
  const sourceKind = prefill.datasetId ? "dataset" : prefill.snapshotId || choices.snapshots.length || !choices.evalDatasets.length ? "snapshot" : "dataset";
  return {
    sourceKind,
    snapshotId: prefill.snapshotId ?? choices.snapshots[0]?.id ?? "",
    datasetId: prefill.datasetId ?? choices.evalDatasets[0]?.id ?? "",
    status: prefill.status ?? "approved",
    tableFilter: prefill.tableFilter ?? {},
    trainingDatasetId: "",
    provider: prefill.provider ?? choices.providers.find((p) => p.configured)?.kind ?? "openai",
    modelA: prefill.modelA ?? "",
    modelB: prefill.modelB ?? "",
    temperature: String(EVAL_DEFAULTS.temperature),
    maxTokens: String(EVAL_DEFAULTS.maxTokens),
    concurrency: String(EVAL_DEFAULTS.concurrency),
    votesPerPair: String(EVAL_DEFAULTS.votesPerPair),
    judge: false,
    judgeModel: "",
    judgeRubric: rubric,
    name: "",
  };
}

/** The request: only the chosen source's fields, and the judge's only when one is asked for. */
export function evalRequestInput(v: EvalFormValues): EvalRequestInput {
  const dataset = v.sourceKind === "dataset";
  return {
    name: v.name,
    source: dataset
      ? { kind: "dataset", datasetId: v.datasetId, filter: { ...v.tableFilter, status: v.status } }
      : { kind: "snapshot", snapshotId: v.snapshotId },
    trainingDatasetId: dataset ? v.trainingDatasetId : undefined,
    provider: v.provider,
    modelA: v.modelA,
    modelB: v.modelB,
    temperature: v.temperature,
    maxTokens: v.maxTokens,
    concurrency: v.concurrency,
    votesPerPair: v.votesPerPair,
    judgeModel: v.judge ? v.judgeModel : undefined,
    judgeRubric: v.judge ? v.judgeRubric : undefined,
  };
}

/**
 * The fine-tune whose dataset losing examples go back to when no training dataset is
 * chosen, as the server decides it: model B's, else model A's; null when neither was
 * fine-tuned in Tuneset (then the server asks for one).
 */
export function fineTuneBehind(modelA: string, modelB: string, fineTuned: readonly FineTunedModelChoice[]): FineTunedModelChoice | null {
  for (const model of [modelB.trim(), modelA.trim()]) {
    const found = model && fineTuned.find((f) => f.fineTunedModel === model);
    if (found) return found;
  }
  return null;
}
