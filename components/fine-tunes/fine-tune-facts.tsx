import Link from "next/link";
import type { FineTuneDetail } from "@/lib/fine-tunes/fine-tune-view";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { ModelId } from "./model-id";
import { formatDuration } from "./fine-tune-status";

// The job's record: what was asked, what the provider resolved "auto" to, where the
// files and the model are, and the line back to the data.

const HYPERPARAMETERS = [
  ["n_epochs", "Epochs"],
  ["batch_size", "Batch size"],
  ["learning_rate_multiplier", "Learning rate multiplier"],
  ["beta", "Beta (DPO)"],
] as const;

type ProviderJob = {
  seed?: number;
  method?: { type?: string } & Record<string, { hyperparameters?: Record<string, unknown> }>;
  hyperparameters?: Record<string, unknown>;
};

/** What the provider made of the request: "auto" resolved to numbers, and the seed it picked. */
function resolved(providerState: string | null): { hyperparameters: Record<string, unknown>; seed: number | null } {
  try {
    const job = (providerState ? JSON.parse(providerState) : {}) as ProviderJob;
    const type = job.method?.type;
    return {
      hyperparameters: (type && job.method?.[type]?.hyperparameters) || job.hyperparameters || {},
      seed: typeof job.seed === "number" ? job.seed : null,
    };
  } catch {
    return { hyperparameters: {}, seed: null };
  }
}

export function FineTuneFacts({ job }: { job: FineTuneDetail }) {
  const provider = resolved(job.providerState);
  const rows: Fact[] = [
    ["Fine-tuned model", job.fineTunedModel ? <ModelId key="model" value={job.fineTunedModel} testId="fine-tuned-model" /> : "Not yet"],
    ["Provider job", job.providerJobId ? <code key="job">{job.providerJobId}</code> : "Not created yet"],
    ...HYPERPARAMETERS.filter(([key]) => key in job.hyperparameters).map(([key, label]): [string, React.ReactNode] => {
      const asked = job.hyperparameters[key];
      const used = provider.hyperparameters[key];
      return [label, asked === "auto" && used !== undefined && used !== "auto" ? `auto (${String(used)})` : String(asked)];
    }),
    ["Suffix", job.suffix ?? "—"],
    ["Seed", job.seed !== null ? String(job.seed) : provider.seed !== null ? `${provider.seed} (picked by the provider)` : "—"],
    ["Training file", job.trainingFileId ? <code key="train">{job.trainingFileId}</code> : "Not uploaded yet"],
    ["Validation file", job.validationFileId ? <code key="valid">{job.validationFileId}</code> : "None"],
    [
      "Trained tokens",
      job.trainedTokens === null ? `— (estimated ${job.estimatedTokens === null ? "?" : formatCount(job.estimatedTokens)})` : formatCount(job.trainedTokens),
    ],
    ["Estimated cost", job.estimatedCostUsd === null ? "Unknown price" : `$${job.estimatedCostUsd.toFixed(2)}`],
    ["Launched", `${formatDateTime(job.createdAt)} by ${job.createdBy.name}`],
    ["Duration", formatDuration(job.startedAt, job.finishedAt)],
    [
      "Data",
      <span key="data">
        <Link href={`/datasets/${job.dataset.id}`} className="underline">
          {job.dataset.name}
        </Link>
        ,{" "}
        <Link href={`/snapshots/${job.snapshot.id}`} className="underline">
          snapshot #{job.snapshot.number}
        </Link>
      </span>,
    ],
  ];
  return (
    <FactList
      facts={rows}
      className="grid gap-x-6 gap-y-2 rounded-lg border border-zinc-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3"
      itemClassName="min-w-0"
      termClassName="text-xs text-zinc-500"
    />
  );
}
