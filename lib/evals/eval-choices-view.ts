import type { ProviderKind } from "../fine-tunes/fine-tune-vocabulary";

// What the "New evaluation" form may offer, as the page hands it down: plain data from
// the datasets the user may see, nothing secret, so the form's components can use
// these types without reaching into the database layer.

/** A snapshot with a validation split: examples no model of it was trained on. */
export type EvalSnapshotChoice = {
  id: string;
  number: number;
  dataset: { id: string; name: string };
  validationRecords: number;
  kind: string;
  createdAt: Date;
};

/** A dataset held out for evaluation, with how many valid records each status choice takes. */
export type EvalDatasetChoice = { id: string; name: string; approved: number; all: number };

/** A model a succeeded fine-tune produced in Tuneset. */
export type FineTunedModelChoice = {
  jobId: string;
  fineTunedModel: string;
  baseModel: string;
  suffix: string | null;
  provider: string;
  dataset: { id: string; name: string };
  snapshotNumber: number;
};

export type EvalProviderChoice = { kind: ProviderKind; name: string; configured: boolean; host: string | null; problem: string | null };

export type EvalChoices = {
  snapshots: EvalSnapshotChoice[];
  evalDatasets: EvalDatasetChoice[];
  /** Every dataset the user may see: where losing examples of a dataset source may go back to. */
  datasets: { id: string; name: string }[];
  fineTuned: FineTunedModelChoice[];
  baseModels: string[];
  providers: EvalProviderChoice[];
};

/** What a link from a fine-tune, a snapshot or a held-out dataset's table fills in; `notes` say what could not be. */
export type EvalPrefill = {
  snapshotId?: string;
  modelA?: string;
  modelB?: string;
  provider?: ProviderKind;
  /** A held-out dataset, with the status and the other table conditions its link carried. */
  datasetId?: string;
  status?: string;
  tableFilter?: TableFilter;
  notes: string[];
};

/** Table conditions besides the status (label, search, quality filters, ranges), as the table's filter names them. */
export type TableFilter = Record<string, string | number>;

/** Snapshots offered at most: the newest, since an evaluation usually follows the latest fine-tune. */
export const EVAL_SNAPSHOT_CHOICES = 100;
/** Fine-tuned models suggested at most, newest first. */
export const EVAL_MODEL_CHOICES = 100;
