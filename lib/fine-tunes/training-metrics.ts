// The training curves from a job's events. The provider sends one "metrics" event per
// step (data: step, train_loss, train_mean_token_accuracy, total_steps, and on
// validation steps valid_loss and valid_mean_token_accuracy; full_valid_* at the
// end of an epoch). Events arrive newest first, page by page, and may repeat across
// polls, so points are merged by step and sorted. Validation series stay sparse:
// a point only where the provider measured one, never interpolated.

export const METRIC_NAMES = [
  "train_loss",
  "valid_loss",
  "full_valid_loss",
  "train_mean_token_accuracy",
  "valid_mean_token_accuracy",
  "full_valid_mean_token_accuracy",
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** The provider's event (the SDK's FineTuningJobEvent), or a stored one whose data is still JSON text. */
export type TrainingEvent = {
  id: string;
  created_at: number;
  level?: string;
  message: string;
  type?: string | null;
  data?: unknown;
};

export type MetricPoint = { step: number; value: number };

export type TrainingSeries = {
  totalSteps: number | null;
  lastStep: number | null;
  metrics: Record<MetricName, MetricPoint[]>;
};

type StepValues = Partial<Record<MetricName, number>>;

export function buildTrainingSeries(events: readonly TrainingEvent[]): TrainingSeries {
  // Oldest first, so a repeated or corrected step takes the later event's values.
  const ordered = [...events].sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const steps = new Map<number, StepValues>();
  let totalSteps: number | null = null;
  for (const event of ordered) {
    const reading = readEvent(event);
    if (!reading) continue;
    if (reading.totalSteps !== null) totalSteps = reading.totalSteps;
    steps.set(reading.step, { ...steps.get(reading.step), ...reading.values });
  }
  const metrics = Object.fromEntries(METRIC_NAMES.map((name) => [name, [] as MetricPoint[]])) as Record<MetricName, MetricPoint[]>;
  const sorted = [...steps.keys()].sort((a, b) => a - b);
  for (const step of sorted) {
    const values = steps.get(step)!;
    for (const name of METRIC_NAMES) {
      const value = values[name];
      if (value !== undefined) metrics[name].push({ step, value });
    }
  }
  return { totalSteps, lastStep: sorted.length ? sorted[sorted.length - 1] : null, metrics };
}

export type FinalMetrics = { step: number | null } & Record<MetricName, number | null>;

/** Each metric's last value: what a job's summary and a sweep's comparison show. */
export function finalMetrics(series: TrainingSeries): FinalMetrics {
  const last = (name: MetricName) => series.metrics[name].at(-1)?.value ?? null;
  return {
    step: series.lastStep,
    ...(Object.fromEntries(METRIC_NAMES.map((name) => [name, last(name)])) as Record<MetricName, number | null>),
  };
}

type Reading = { step: number; totalSteps: number | null; values: StepValues };

function readEvent(event: TrainingEvent): Reading | null {
  const data = asObject(event.data);
  const step = data ? finite(data.step) : null;
  if (data && step !== null && Number.isInteger(step) && step >= 0) {
    const values: StepValues = {};
    for (const name of METRIC_NAMES) {
      const value = finite(data[name]);
      if (value !== null) values[name] = value;
    }
    return { step, totalSteps: positiveInteger(finite(data.total_steps)), values };
  }
  // Servers that send metrics only in words: "Step 12/100: training loss=0.41, validation loss=0.52".
  return readMessage(event.message);
}

const STEP_MESSAGE = /^Step (\d+)\/(\d+): (.*)$/;
const WORDS: [RegExp, MetricName][] = [
  [/(?:^|, )training loss=([^\s,]+)/, "train_loss"],
  [/(?:^|, )validation loss=([^\s,]+)/, "valid_loss"],
  [/(?:^|, )full validation loss=([^\s,]+)/, "full_valid_loss"],
];

function readMessage(message: string): Reading | null {
  const match = STEP_MESSAGE.exec(message.trim());
  if (!match) return null;
  const values: StepValues = {};
  for (const [pattern, name] of WORDS) {
    const value = finite(pattern.exec(match[3])?.[1]);
    if (value !== null) values[name] = value;
  }
  return { step: Number(match[1]), totalSteps: positiveInteger(Number(match[2])), values };
}

function asObject(data: unknown): Record<string, unknown> | null {
  if (typeof data === "string") {
    try {
      return asObject(JSON.parse(data));
    } catch {
      return null; // a stored event whose data is not JSON carries no metrics
    }
  }
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

function finite(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

const positiveInteger = (n: number | null) => (n !== null && Number.isInteger(n) && n > 0 ? n : null);
