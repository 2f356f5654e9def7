import type { RecordChecks } from "@/lib/preflight/record-checks-view";
import { CODE_TITLES, severityOf } from "@/lib/preflight/codes";
import { PII_LABELS, SIGNAL_LABELS, type PiiKind, type SignalKind } from "@/lib/quality/kinds";
import { Badge } from "@/components/ui/badge";
import { languageName } from "@/lib/quality/language-name";

// One record's pre-flight findings and quality signals, beside the record itself, so
// whoever fixes it sees what to fix and where.

/** `invalid`: the line's errors are already listed beside it, so only their codes are repeated here. */
export function RecordChecksPanel({ checks, model, invalid = false }: { checks: RecordChecks; model: string; invalid?: boolean }) {
  if (!checks.checked) {
    return <p className="text-sm text-zinc-500">Checking this version of the record…</p>;
  }
  const errors = checks.findings.filter((f) => severityOf(f.code) === "error");
  const warnings = checks.findings.filter((f) => severityOf(f.code) === "warning");
  return (
    <div className="space-y-3 text-sm">
      {checks.findings.length === 0 ? (
        <p className="text-emerald-800">No findings for {model}.</p>
      ) : (
        <ul aria-label="Findings" className="space-y-2">
          {[...errors, ...warnings].map((f, i) => (
            <li key={`${f.code}-${f.path}-${i}`}>
              <div className="flex flex-wrap items-center gap-1.5">
                <Badge tone={severityOf(f.code) === "error" ? "red" : "amber"}>{f.code}</Badge>
                <span className="font-medium">{CODE_TITLES[f.code]}</span>
              </div>
              {invalid ? null : (
                <>
                  {f.path ? <code className="mt-0.5 block text-[11px] text-zinc-600">{f.path}</code> : null}
                  <p className="text-xs text-zinc-600">{f.message}</p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-zinc-500">Language</dt>
        <dd>{checks.language ? languageName(checks.language) : "—"}</dd>
        <dt className="text-zinc-500">Personal data</dt>
        <dd>{checks.pii.length ? checks.pii.map((k) => PII_LABELS[k as PiiKind] ?? k).join(", ") : "None found"}</dd>
        <dt className="text-zinc-500">Signals</dt>
        <dd>{checks.signals.length ? checks.signals.map((s) => SIGNAL_LABELS[s as SignalKind] ?? s).join(", ") : "None"}</dd>
      </dl>
    </div>
  );
}
