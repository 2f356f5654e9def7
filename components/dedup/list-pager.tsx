import { PageLink } from "@/components/ui/page-link";
import { formatCount } from "@/components/ui/format";

// Offset paging for cluster lists: a run's clusters are a fixed set, ordered largest
// first, so page numbers stay meaningful (unlike the live conversations table).

type Props = { label: string; offset: number; shown: number; total: number; prevHref: string | null; nextHref: string | null };

export function ListPager({ label, offset, shown, total, prevHref, nextHref }: Props) {
  if (!prevHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-2 text-sm text-zinc-600">
      <p className="tabular-nums">
        {formatCount(offset + 1)}–{formatCount(offset + shown)} of {formatCount(total)}
      </p>
      <div className="flex gap-2">
        <PageLink href={prevHref}>Previous</PageLink>
        <PageLink href={nextHref}>Next</PageLink>
      </div>
    </nav>
  );
}
