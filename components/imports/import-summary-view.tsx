import type { ImportSummary } from "@/lib/imports/import-summary";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";

// The result of one import, as the import route returns it. The error list is capped
// on screen; every invalid line is one click away in the table.

const SHOWN_ERRORS = 20;

type Props = { summary: ImportSummary; onShowInvalid: () => void; onDismiss: () => void };

export function ImportSummaryView({ summary, onShowInvalid, onDismiss }: Props) {
  const more = summary.errors.length - SHOWN_ERRORS;
  return (
    <section aria-label="Import result" className="rounded-md border border-zinc-200 bg-zinc-50 p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-sm font-medium">
          Imported <span className="font-mono">{summary.file}</span>
          {summary.resumed_after_line !== undefined ? (
            <span className="block text-xs font-normal text-zinc-600">
              Resumed after line {formatCount(summary.resumed_after_line)}; the counts are for the whole file.
            </span>
          ) : null}
        </p>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-2">
        <Stat label="Imported" value={summary.imported} tone="text-emerald-700" />
        <Stat label="Invalid" value={summary.invalid} tone={summary.invalid ? "text-red-700" : undefined} />
        <Stat label="Exact duplicates" value={summary.duplicates} tone={summary.duplicates ? "text-amber-700" : undefined} />
        <Stat label="Lines" value={summary.lines} />
      </dl>
      {summary.warnings.length ? (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-amber-900">
          {summary.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {summary.errors.length ? (
        <div className="mt-3">
          <p className="text-xs font-medium text-zinc-500">Errors</p>
          <ul className="mt-1 max-h-64 space-y-0.5 overflow-auto rounded border border-zinc-200 bg-white p-2 font-mono text-xs text-red-900">
            {summary.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i} className="break-words">
                line {e.line}: {e.message}
              </li>
            ))}
          </ul>
          {more > 0 ? <p className="mt-1 text-xs text-zinc-500">… and {formatCount(more)} more errors.</p> : null}
        </div>
      ) : null}
      {summary.invalid > 0 ? (
        <Button size="sm" variant="danger" className="mt-3" onClick={onShowInvalid}>
          Show invalid lines
        </Button>
      ) : null}
    </section>
  );
}

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div className="rounded border border-zinc-200 bg-white px-2.5 py-1.5">
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className={`text-base font-semibold tabular-nums ${tone ?? "text-zinc-900"}`}>{formatCount(value)}</dd>
    </div>
  );
}
