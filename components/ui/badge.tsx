import type { ReactNode } from "react";

// Small status-like labels. Tones are fixed so the same word always has the same
// colour across the list, the table and the conversation page.

export type BadgeTone = "gray" | "green" | "red" | "amber" | "blue" | "indigo" | "violet";

const TONES: Record<BadgeTone, string> = {
  gray: "bg-zinc-100 text-zinc-700 ring-zinc-200",
  green: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  red: "bg-red-50 text-red-700 ring-red-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  blue: "bg-sky-50 text-sky-700 ring-sky-200",
  indigo: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  violet: "bg-violet-50 text-violet-700 ring-violet-200",
};

export function Badge({ tone = "gray", children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}

/**
 * A word from one of Tuneset's vocabularies (record status, job status) in its fixed tone.
 * A value the vocabulary does not know (from a newer version, say) shows as it is, in grey.
 */
export function VocabularyBadge<T extends string>({ value, labels, tones }: { value: string; labels: Record<T, string>; tones: Record<T, BadgeTone> }) {
  const known = value in tones ? (value as T) : null;
  return <Badge tone={known ? tones[known] : "gray"}>{known ? labels[known] : value}</Badge>;
}
