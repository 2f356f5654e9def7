import { MIN_EXAMPLES, RECOMMENDED_EXAMPLES, severityOf, type FindingCode, type Severity } from "./codes";

// The rules about a set as a whole: how many examples, exact duplicates among them,
// and whether one label dominates. The file check (tuneset validate) and the
// dataset's pre-flight panel both ask these questions; only how they count differs.

export type SetFinding = {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Records behind the finding, when it has any (duplicates: the later copy and the first). */
  samples?: { id: number; firstId: number }[];
  /** How many records it concerns (duplicates: copies beyond the first). */
  records?: number;
};

export type SetCounts = {
  examples: number;
  /** Examples that repeat an earlier one exactly (copies beyond the first). */
  duplicates: number;
  duplicateSamples?: { id: number; firstId: number }[];
  /** Examples per label, for the balance rule. */
  labels: readonly { name: string; count: number }[];
  /** The largest share one label may hold (0.5 unless the dataset says otherwise). */
  labelShareLimit: number;
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

function finding(code: FindingCode, message: string, extra: Partial<SetFinding> = {}): SetFinding {
  return { code, severity: severityOf(code), message, ...extra };
}

export function setFindings(s: SetCounts): SetFinding[] {
  const out: SetFinding[] = [];
  const n = s.examples;
  if (n < MIN_EXAMPLES) {
    const have = n === 0 ? "no examples" : `only ${n} example${n === 1 ? "" : "s"}`;
    out.push(finding("too_few_examples", `${have}: OpenAI needs at least ${MIN_EXAMPLES} to start a fine-tune; add ${MIN_EXAMPLES - n} more`));
  } else if (n < RECOMMENDED_EXAMPLES) {
    out.push(
      finding(
        "few_examples",
        `${n} examples: fine-tuning usually starts to help at ${RECOMMENDED_EXAMPLES} to 100 good ones; add more before paying for a job if you can`,
      ),
    );
  }
  if (s.duplicates > 0) {
    out.push(
      finding(
        "exact_duplicate",
        `${s.duplicates} example${s.duplicates === 1 ? " repeats" : "s repeat"} an earlier one exactly, which weighs it twice in training: resolve them on the Duplicates page or reject the copies`,
        { samples: s.duplicateSamples, records: s.duplicates },
      ),
    );
  }
  for (const label of s.labels) {
    if (n === 0 || label.count <= s.labelShareLimit * n) continue;
    out.push(
      finding(
        "unbalanced_labels",
        `label "${label.name}" is on ${percent(label.count / n)} of the examples (${label.count} of ${n}), above the ${percent(s.labelShareLimit)} limit: add examples without it, or drop some with it, so the model does not learn that one kind is the norm`,
        { records: label.count },
      ),
    );
  }
  return out;
}
