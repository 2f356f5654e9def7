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
  if (s.examples > 0 && s.examples < MIN_EXAMPLES) {
    out.push(finding("too_few_examples", `${s.examples} example${s.examples === 1 ? "" : "s"}: OpenAI refuses a fine-tune with fewer than ${MIN_EXAMPLES}. Add or approve more.`));
  } else if (s.examples >= MIN_EXAMPLES && s.examples < RECOMMENDED_EXAMPLES) {
    out.push(finding("few_examples", `${s.examples} examples: gains usually show from ${RECOMMENDED_EXAMPLES} to 100 good ones. Consider adding more before paying for a job.`));
  }
  if (s.duplicates > 0) {
    out.push(
      finding(
        "exact_duplicate",
        `${s.duplicates} example${s.duplicates === 1 ? " repeats" : "s repeat"} an earlier one exactly; duplicates weigh those examples twice. Resolve them on the Duplicates page or reject the copies.`,
        { samples: s.duplicateSamples, records: s.duplicates },
      ),
    );
  }
  const top = s.labels.reduce<{ name: string; count: number } | null>((best, l) => (!best || l.count > best.count ? l : best), null);
  if (top && s.examples > 0 && top.count / s.examples > s.labelShareLimit) {
    out.push(
      finding(
        "unbalanced_labels",
        `Label "${top.name}" is on ${percent(top.count / s.examples)} of the examples (more than ${percent(s.labelShareLimit)}); the model will lean towards it. Add examples of the other labels, or lower its share.`,
        { records: top.count },
      ),
    );
  }
  return out;
}
