import Link from "next/link";
import type { DatasetStats } from "@/lib/stats/stats-types";
import { labelBars, languageBars, statusBars, systemPromptBars } from "@/lib/stats/chart-bars";
import { formatCount, plural } from "@/components/ui/format";
import { CategoryChart } from "./category-chart";
import { EmptyChart, FiguresTable, StatsPanel } from "./stats-panel";
import type { StatsContext } from "./length-panels";

// What the records are: their review status, labels, languages and system prompts.

type Props = { stats: DatasetStats; ctx: StatsContext };

export function StatusPanel({ stats, ctx }: Props) {
  const bars = statusBars(stats, ctx);
  return (
    <StatsPanel id="status" title="Records by status">
      {stats.total === 0 ? <EmptyChart>No records match this filter.</EmptyChart> : <CategoryChart name="Records by status" bars={bars} color="#a1a1aa" />}
      <FiguresTable name="Records by status, figures" bars={bars} nameHeader="Status" />
    </StatsPanel>
  );
}

export function LabelPanel({ stats, ctx }: Props) {
  const bars = labelBars(stats, ctx);
  const labelling = `${formatCount(stats.labelled)} of ${plural(stats.total, "record")} carry at least one label; a record can carry several.`;
  return (
    <StatsPanel id="labels" title="Label balance" description={stats.labels.length ? labelling : undefined}>
      {bars.length ? (
        <CategoryChart name="Label balance" bars={bars} color="#6366f1" />
      ) : (
        <EmptyChart>{stats.total ? "No record here has a label yet." : "No records match this filter."}</EmptyChart>
      )}
      {ctx.filter.label && bars.length > 1 ? (
        <p className="text-xs text-zinc-600">The table filters by one label at a time, so only “{ctx.filter.label}” leads to the table.</p>
      ) : null}
      <FiguresTable name="Label balance, figures" bars={bars} nameHeader="Label" />
    </StatsPanel>
  );
}

export function LanguagePanel({ stats, ctx, languageName }: Props & { languageName: (code: string) => string }) {
  const bars = languageBars(stats, ctx, languageName);
  const { unchecked, undetected } = stats.noLanguage;
  const empty =
    stats.total === 0
      ? "No records match this filter."
      : unchecked > 0
        ? `No language detected yet: the checks are running for ${plural(unchecked, "record")}.`
        : "None of these records has text to tell a language from.";
  return (
    <StatsPanel id="languages" title="Languages" description="Detected from each record's text; “Undetermined” is text too short to tell.">
      {bars.length ? <CategoryChart name="Languages" bars={bars} color="#0ea5e9" /> : <EmptyChart>{empty}</EmptyChart>}
      {bars.length && (unchecked || undetected) ? (
        <p className="text-xs text-zinc-600">
          {[unchecked ? `${plural(unchecked, "record")} not checked yet` : "", undetected ? `${plural(undetected, "record")} without text to tell from` : ""]
            .filter(Boolean)
            .join("; ")}
          .
        </p>
      ) : null}
      <FiguresTable name="Languages, figures" bars={bars} nameHeader="Language" />
    </StatsPanel>
  );
}

export function SystemPromptPanel({ stats, ctx }: Props) {
  const bars = systemPromptBars(stats, ctx);
  const { otherPrompts, otherRecords, unchecked } = stats.systemPrompts;
  const notes = [
    otherPrompts ? `${plural(otherPrompts, "other prompt")} used by ${plural(otherRecords, "record")}` : "",
    // Without any bar the empty chart already says it.
    unchecked && bars.length ? `${plural(unchecked, "record")} not checked yet` : "",
  ].filter(Boolean);
  return (
    <StatsPanel id="system-prompts" title="Most common system prompts" description="Records grouped by their system prompt, word for word.">
      {bars.length ? (
        <CategoryChart name="Most common system prompts" bars={bars} color="#14b8a6" />
      ) : (
        <EmptyChart>
          {stats.total === 0 ? "No records match this filter." : `No system prompt read yet: the checks are running for ${plural(unchecked, "record")}.`}
        </EmptyChart>
      )}
      <ol aria-label="System prompts" className="space-y-1.5 text-sm">
        {bars.map((b) => (
          <li key={b.key} className="flex gap-2">
            <span className="w-16 shrink-0 text-xs text-zinc-500">{b.label}</span>
            <span className="min-w-0 flex-1">
              {b.href ? (
                <Link href={b.href} title={b.name} className="line-clamp-2 text-zinc-800 underline decoration-zinc-300 hover:decoration-zinc-600">
                  {b.name}
                </Link>
              ) : (
                <span className="line-clamp-2 text-zinc-800">{b.name}</span>
              )}
            </span>
            <span className="shrink-0 text-right text-xs tabular-nums text-zinc-500">
              {formatCount(b.count)} · {(b.share * 100).toFixed(1)}%
            </span>
          </li>
        ))}
      </ol>
      {notes.length ? <p className="text-xs text-zinc-600">{notes.join("; ")}.</p> : null}
    </StatsPanel>
  );
}
