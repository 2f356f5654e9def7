import Link from "next/link";
import type { Comparison } from "@/lib/editing/compare-turns";
import { markedMarkdown } from "@/lib/markdown/diff-marks";
import { TextBlock } from "@/components/review/text-block";
import { Badge } from "@/components/ui/badge";
import { formatCount, plural } from "@/components/ui/format";
import { LabelChip } from "@/components/ui/label-chip";
import { StatusBadge } from "@/components/ui/status-badge";

// One member of a cluster in its own column: who it is, where it came from, how close
// it is to the keeper, what the keeper choice weighed (pre-flight findings, slips of
// spacing and punctuation), and its turns rendered as markdown, as the conversation
// page shows them, with the words the keeper lacks marked. The
// "Keep this one" radio belongs to the resolve form by its form attribute, so the
// columns stay server-rendered.

export type MemberColumnData = {
  id: number;
  status: string;
  labels: { name: string; color: string }[];
  source: string | null;
  similarity: string;
  inTrash: boolean;
  /** Set for a member of another dataset (leakage clusters). */
  otherDataset: string | null;
  comparison: Comparison;
  /** Pre-flight findings, and the anomalies the keeper choice counts ("double spaces ×2"; "" for none). */
  findings: number;
  anomalies: string;
};

type Props = {
  member: MemberColumnData;
  /** The keeper the others are compared with (shown first). */
  keeperId: number;
  /** The resolve form's id, or null where this cluster cannot be resolved here. */
  formId: string | null;
  checked: boolean;
  suggestion: string | null;
  kept: boolean;
  wide: boolean;
};

export function MemberColumn({ member: m, keeperId, formId, checked, suggestion, kept, wide }: Props) {
  const isKeeper = m.id === keeperId;
  const selectable = formId !== null && !m.inTrash && m.otherDataset === null;
  return (
    <article
      aria-label={`Conversation #${m.id}`}
      className={`flex flex-col rounded-lg border bg-white shadow-sm ${wide ? "w-[24rem] shrink-0" : "min-w-[16rem] flex-1"} ${
        m.inTrash ? "border-dashed border-zinc-300 opacity-60" : isKeeper ? "border-indigo-300" : "border-zinc-200"
      }`}
    >
      <header className="space-y-1.5 border-b border-zinc-100 p-3">
        <div className="flex flex-wrap items-center gap-1.5">
          <Link href={`/conversations/${m.id}`} className="font-semibold tabular-nums hover:underline">
            #{m.id}
          </Link>
          <StatusBadge status={m.status} />
          {kept ? <Badge tone="green">Kept</Badge> : null}
          {m.inTrash ? (
            <Badge tone="gray" title="Deleted: restore it from the dataset's trash to keep it">
              In the trash
            </Badge>
          ) : null}
          {m.otherDataset !== null ? <Badge tone="amber">{m.otherDataset}</Badge> : null}
        </div>
        {/* Always a labels line, so the columns' turns start level with each other. */}
        <div className="flex min-h-[1.375rem] flex-wrap items-center gap-1">
          {m.labels.length ? (
            m.labels.map((l) => <LabelChip key={l.name} name={l.name} color={l.color} />)
          ) : (
            <span className="text-xs text-zinc-500">No labels</span>
          )}
        </div>
        <p className="text-xs text-zinc-600">{m.source ?? "Not imported from a file"}</p>
        <p className="text-xs text-zinc-600">
          {m.findings ? plural(m.findings, "pre-flight finding") : "No pre-flight findings"} ·{" "}
          {m.anomalies ? <span className="text-amber-800">Anomalies: {m.anomalies}</span> : "no anomalies"}
        </p>
        <p className="text-xs text-zinc-600">
          {isKeeper ? (
            "The others are compared with this one"
          ) : (
            <>
              Similarity to #{keeperId}: <span className="font-medium tabular-nums text-zinc-900">{m.similarity}</span>
            </>
          )}
        </p>
        {formId !== null ? (
          <label className={`flex items-center gap-1.5 text-sm ${selectable ? "cursor-pointer" : "text-zinc-500"}`}>
            <input
              type="radio"
              name="keeperId"
              value={m.id}
              form={formId}
              defaultChecked={checked}
              disabled={!selectable}
              className="size-4 accent-indigo-600"
            />
            Keep this one
            {suggestion ? <span className="text-xs text-zinc-600">(suggested, kept: {suggestion})</span> : null}
          </label>
        ) : null}
      </header>
      <div className="space-y-2 p-3 text-sm">
        {m.comparison.turns.map((t, i) => (
          <div key={i}>
            <p className={`text-[11px] font-medium uppercase tracking-wide ${t.roleDiffers ? "text-amber-700" : "text-zinc-500"}`}>{t.role}</p>
            {t.parts.length ? <TextBlock text={markedMarkdown(t.parts)} marked /> : <span className="text-xs italic text-zinc-500">(empty)</span>}
          </div>
        ))}
        {m.comparison.keeperOnly ? (
          <p className="text-xs italic text-zinc-500">
            #{keeperId} has {formatCount(m.comparison.keeperOnly)} more turn{m.comparison.keeperOnly === 1 ? "" : "s"}.
          </p>
        ) : null}
      </div>
    </article>
  );
}
