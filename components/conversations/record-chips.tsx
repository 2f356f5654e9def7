import Link from "next/link";
import type { ConversationRow } from "@/lib/validation/conversation-row";
import { formatSimilarity } from "@/lib/dedup/format-similarity";
import { languageName } from "@/lib/quality/language-name";
import { CODE_TITLES, isFindingCode, severityOf, type FindingCode } from "@/lib/preflight/codes";
import { PII_LABELS, SIGNAL_LABELS, type PiiKind, type SignalKind } from "@/lib/quality/kinds";
import { Badge } from "@/components/ui/badge";
import { plural } from "@/components/ui/format";

// The chips that flag a record: the table draws them in its rows and review mode above
// the record it shows, so an annotator reads the same words in both places.

/** An exact copy of an earlier record, found at import. */
export function DuplicateOfBadge({ id }: { id: number }) {
  return (
    <Badge tone="amber" title="Exactly the same conversation as an earlier record of this dataset">
      Duplicate of #{id}
    </Badge>
  );
}

/** The record's cluster in the latest de-duplication run, linking to it. */
export function ClusterLink({
  datasetId,
  cluster,
  className = "",
}: {
  datasetId: string;
  cluster: NonNullable<ConversationRow["cluster"]>;
  className?: string;
}) {
  return (
    <Link
      href={`/datasets/${datasetId}/duplicates/${cluster.id}`}
      title={`${cluster.kind === "exact" ? "Exact" : "Near"}-duplicate cluster of ${cluster.size} records`}
      className={`tabular-nums text-indigo-700 hover:underline ${className}`}
    >
      #{cluster.id} · {cluster.kind === "exact" ? "exact" : formatSimilarity(cluster.similarity)}
    </Link>
  );
}

/** Pre-flight errors and warnings, personal data, signals (outlier, refusal…), moderation and language. */
/** `showLanguage`: the table names a row's language only in a dataset of more than one; review always does. */
export function QualityBadges({ quality, invalid, showLanguage = true }: { quality: ConversationRow["quality"]; invalid: boolean; showLanguage?: boolean }) {
  if (!quality.checked) return <span className="text-xs italic text-zinc-500">checking…</span>;
  const warnings = quality.findingCodes.filter((c) => isFindingCode(c) && severityOf(c) === "warning" && c !== "pii");
  const errors = quality.findingCodes.filter((c) => isFindingCode(c) && severityOf(c) === "error");
  const titles = (codes: string[]) => codes.map((c) => CODE_TITLES[c as FindingCode] ?? c).join(", ");
  return (
    <div className="flex flex-wrap gap-1">
      {quality.errorCount > 0 && !invalid ? (
        <Badge tone="red" title={`Pre-flight errors: ${titles(errors)}`}>
          {plural(quality.errorCount, "error")}
        </Badge>
      ) : null}
      {warnings.length ? (
        <Badge tone="amber" title={`Pre-flight warnings: ${titles(warnings)}`}>
          {plural(warnings.length, "warning")}
        </Badge>
      ) : null}
      {quality.pii.length ? (
        <Badge tone="violet" title={`Personal data: ${quality.pii.map((k) => PII_LABELS[k as PiiKind] ?? k).join(", ")}`}>
          PII
        </Badge>
      ) : null}
      {quality.signals.map((s) => (
        <Badge key={s} tone="gray" title={s === "outlier" ? "Token count far outside this dataset's distribution" : SIGNAL_LABELS[s as SignalKind]}>
          {s}
        </Badge>
      ))}
      {quality.moderationFlagged ? (
        <Badge tone="red" title="Flagged by the provider's moderation scan">
          flagged
        </Badge>
      ) : null}
      {showLanguage && quality.language && quality.language !== "und" ? (
        <span className="text-xs text-zinc-500" title={languageName(quality.language)}>
          {quality.language}
        </span>
      ) : null}
    </div>
  );
}
