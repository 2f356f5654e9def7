import { AppError, isAppError } from "../../errors";
import { resolveModel, type FineTunableModel } from "../../models/fine-tunable-models";
import { validateFile } from "../../preflight/validate-file";
import type { PreflightReport } from "../../preflight/check-set";
import { estimateJob, type JobEstimate } from "../../fine-tunes/estimate";
import type { SweepBudget } from "../../fine-tunes/sweep-grid";
import { FINDINGS_SHOWN, type FileCheckView, type LaunchView } from "../../fine-tunes/launch-view";
import { FINE_TUNE_METHODS, PROVIDER_KINDS, type FineTuneMethod, type ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import { getSnapshot, type SnapshotDetail } from "../snapshots/get-snapshot";
import { getDataset } from "../datasets/get-dataset";
import type { DatasetScope } from "../scope";
import { providerViews } from "../providers/provider-settings";
import { notConfiguredMessage, type ProviderView } from "../../providers/provider-config";

// What the launch dialog shows before anything is sent: the pre-flight check of the
// snapshot's own files (the bytes that would be uploaded) for the chosen model, the
// token, epoch and cost estimate, and everything that blocks the launch. A snapshot
// never changes, so a check is kept per snapshot and model. The dataset page's launch
// checks a draft's files the same way (the snapshot is made only on Launch), kept by
// the draft's content hash and seed instead of a path.

export type LaunchPreview = {
  snapshot: SnapshotDetail;
  datasetName: string;
  /** The base model asked for, as it will be sent. */
  modelId: string;
  /**
   * The model whose rules (encoding, per-example limit, methods) the files are checked
   * against: the one asked for, or, for a model of its own at an OpenAI-compatible
   * endpoint, the dataset's target model.
   */
  model: FineTunableModel;
  /** Whether `model` stands in for a model Tuneset does not know. */
  checkedAsTarget: boolean;
  method: FineTuneMethod;
  training: PreflightReport;
  /** The validation file's own findings: the set-level rules (ten examples at least, duplicates, balance) are about training data. */
  validation: PreflightReport | null;
  estimate: JobEstimate;
  /** What each job's estimate starts from (a sweep estimates every job of its grid from it). */
  budget: SweepBudget;
  provider: ProviderView;
  /** Each reason the launch would fail; empty when it may go. */
  blockers: string[];
};

export type PreviewInput = { snapshotId: string; model: string; method: FineTuneMethod; provider: ProviderKind; n_epochs?: number | "auto" };

/** The files a launch would upload: a snapshot's, or a draft's not yet numbered. */
export type LaunchFiles = {
  datasetId: string;
  kind: "chat" | "preference";
  train: string;
  validation: string | null;
  /** Names the files' content for the kept checks: the path of a snapshot's file, the content hash of a draft's. */
  key: string;
};

/** Everything the preview says but the snapshot itself. */
export type LaunchCheck = Omit<LaunchPreview, "snapshot">;

const checks = new Map<string, Promise<PreflightReport>>();
const KEEP = 32;

function checkFile(path: string, name: string, model: FineTunableModel): Promise<PreflightReport> {
  const key = `${model.id}\n${name}`;
  let report = checks.get(key);
  if (!report) {
    report = validateFile(path, { model });
    report.catch(() => checks.delete(key));
    checks.set(key, report);
    if (checks.size > KEEP) checks.delete(checks.keys().next().value as string);
  }
  return report;
}

export async function launchPreview(scope: DatasetScope, input: PreviewInput): Promise<LaunchPreview> {
  const snapshot = await getSnapshot(scope, input.snapshotId);
  const files: LaunchFiles = {
    datasetId: snapshot.datasetId,
    kind: snapshot.kind,
    train: snapshot.files.train.path,
    validation: snapshot.files.validation?.path ?? null,
    key: snapshot.files.train.path,
  };
  return { snapshot, ...(await checkLaunch(scope, files, input)) };
}

/** The check and estimate of these files for the chosen provider, model and method. */
export async function checkLaunch(scope: DatasetScope, files: LaunchFiles, input: Omit<PreviewInput, "snapshotId">): Promise<LaunchCheck> {
  const dataset = await getDataset(scope);
  const known = resolveModel(input.model);
  const model = known ?? (input.provider === "compatible" ? resolveModel(dataset.targetModel) : undefined);
  if (!model)
    throw new AppError(
      "bad_request",
      `model: "${input.model}" is not a model ${input.provider === "azure" ? "Azure OpenAI" : "OpenAI"} fine-tunes. Pick one from the list.`,
    );
  const training = await checkFile(files.train, `${files.key}\ntrain`, model);
  const validation = files.validation ? await checkFile(files.validation, `${files.key}\nvalidation`, model) : null;
  const provider = (await providerViews()).find((p) => p.kind === input.provider);
  if (!provider) throw new AppError("bad_request", `provider: "${input.provider}" is not one of openai, azure, compatible.`);

  // The check bills its own auto epochs; one epoch's share is what every choice of epochs multiplies.
  const budget: SweepBudget = {
    trainingTokensPerEpoch: training.epochs > 0 ? Math.round(training.billed_tokens / training.epochs) : 0,
    trainingExamples: training.examples,
  };
  const estimate = estimateJob({ ...budget, n_epochs: input.n_epochs ?? "auto", model: input.model, provider: input.provider });

  const blockers: string[] = [];
  if (dataset.forEvaluation) {
    blockers.push(
      `${dataset.name} is held out for evaluation: a model trained on it can no longer be measured on it. Train on another dataset, or unmark it in its settings first.`,
    );
  }
  if (training.errors.length) blockers.push(`The training file has ${plural(training.errors.length, "error")} (see the pre-flight check).`);
  const validationErrors = validation?.errors.filter((e) => e.line > 0) ?? [];
  const validationWarnings = validation?.warnings.filter((e) => e.line > 0) ?? [];
  if (validationErrors.length) blockers.push(`The validation file has ${plural(validationErrors.length, "error")} (see the pre-flight check).`);
  if (known && !known.methods.includes(input.method))
    blockers.push(`${model.id} cannot be fine-tuned with ${input.method === "dpo" ? "DPO" : "supervised"} training; pick ${model.methods.join(" or ")}.`);
  if (input.method === "dpo" && files.kind !== "preference")
    blockers.push("DPO trains on preference pairs, and this snapshot holds chat conversations: choose supervised.");
  if (input.method === "supervised" && files.kind === "preference") blockers.push("This snapshot holds preference pairs, which train with DPO: choose DPO.");
  if (!provider.configured) blockers.push(provider.problem ?? notConfiguredMessage(provider.kind));
  return {
    datasetName: dataset.name,
    modelId: input.model,
    model,
    checkedAsTarget: !known,
    method: input.method,
    training,
    validation: validation ? { ...validation, errors: validationErrors, warnings: validationWarnings } : null,
    estimate,
    budget,
    provider,
    blockers,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function fileCheck(r: PreflightReport): FileCheckView {
  const findings = [...r.errors.map((f) => ({ ...f, severity: "error" as const })), ...r.warnings.map((f) => ({ ...f, severity: "warning" as const }))]
    .slice(0, FINDINGS_SHOWN)
    .map(({ line, code, severity, path, message }) => ({ line, code, severity, path, message }));
  const total = (list: "errors" | "warnings") => (r.truncated ? Math.max(r[list].length, sumCounts(r, list)) : r[list].length);
  return { examples: r.examples, errors: total("errors"), warnings: total("warnings"), findings };
}

const sumCounts = (r: PreflightReport, list: "errors" | "warnings") =>
  r[list].length && Object.keys(r.counts).length
    ? Object.entries(r.counts).reduce((n, [code, c]) => n + (r[list].some((f) => f.code === code) ? (c ?? 0) : 0), 0)
    : r[list].length;

/** What the dialog says of the snapshot it launches from. */
export const snapshotTarget = (s: SnapshotDetail): LaunchView["snapshot"] => ({
  id: s.id,
  number: s.number,
  kind: s.kind,
  trainRecords: s.trainRecords,
  validationRecords: s.validationRecords,
});

/** The preview as the dialog receives it: plain data, nothing secret. */
export function toLaunchView(p: LaunchCheck, target: LaunchView["snapshot"], providers: ProviderView[], draft: LaunchView["draft"] = null): LaunchView {
  return {
    snapshot: target,
    draft,
    model: p.modelId,
    checkedWith: p.checkedAsTarget ? p.model.id : null,
    method: p.method,
    provider: p.provider.kind,
    providers: providers.map(({ kind, name, configured, host }) => ({ kind, name, configured, host })),
    training: { ...fileCheck(p.training), tokens: p.training.tokens, overLimit: p.training.over_limit, maxTokensPerExample: p.model.maxTokensPerExample },
    validation: p.validation ? fileCheck(p.validation) : null,
    budget: p.budget,
    blockers: p.blockers,
  };
}

export type LaunchChoice = { provider?: string; model?: string; method?: string };

/** The choice in the address made whole: the first configured provider, the method the records train with, the dataset's target model. */
export function resolveChoice(kind: "chat" | "preference", targetModel: string, choice: LaunchChoice, providers: ProviderView[]) {
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  return {
    provider: pick<ProviderKind>(choice.provider, PROVIDER_KINDS, providers.find((p) => p.configured)?.kind ?? "openai"),
    method: pick<FineTuneMethod>(choice.method, FINE_TUNE_METHODS, kind === "preference" ? "dpo" : "supervised"),
    model: choice.model?.trim() || targetModel,
  };
}

/**
 * The dialog's view for the choice in the address (provider, model, method), starting
 * from the first configured provider and the dataset's target model; or, when the
 * snapshot cannot be checked for it (an unknown model, a missing file), why not.
 */
export async function launchViewFor(
  scope: DatasetScope,
  snapshot: { id: string; kind: "chat" | "preference" },
  targetModel: string,
  choice: LaunchChoice,
): Promise<{ view: LaunchView } | { error: string }> {
  const providers = await providerViews();
  try {
    const preview = await launchPreview(scope, { snapshotId: snapshot.id, ...resolveChoice(snapshot.kind, targetModel, choice, providers) });
    return { view: toLaunchView(preview, snapshotTarget(preview.snapshot), providers) };
  } catch (e) {
    if (isAppError(e)) return { error: e.message };
    throw e;
  }
}
