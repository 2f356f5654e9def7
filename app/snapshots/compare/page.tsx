import type { Metadata } from "next";
import Link from "next/link";
import { diffSnapshots } from "@/lib/db/snapshots/diff-snapshots";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { SnapshotCompareSchema, type SnapshotCompareQuery } from "@/lib/validation/snapshot-compare";
import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { ListPager } from "@/components/dedup/list-pager";
import { CompareTable } from "@/components/snapshots/compare-table";
import { snapshotForPage } from "@/app/_lib/snapshot-page-access";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Compare snapshots" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Two snapshots side by side, record by record: what was added, removed or edited
// from a (the older) to b (the newer), each linked to its record, a page at a time.
export default async function ComparePage({ searchParams }: Props) {
  const parsed = SnapshotCompareSchema.safeParse(paramsToObject(await searchParams));
  if (!parsed.success) {
    return (
      <Notice tone="warning" title="This comparison link cannot be opened">
        {parsed.error.issues.map((i) => i.message).join("; ")}. Open a snapshot and follow its &ldquo;Compare with&rdquo; link.
      </Notice>
    );
  }
  const q = parsed.data;
  const [older, newer] = [await snapshotForPage(q.a), await snapshotForPage(q.b)];
  const [a, b] = [older.snapshot, newer.snapshot];
  const d = diffSnapshots({ scope: older.scope, id: a.id }, { scope: newer.scope, id: b.id }, { change: q.change, offset: q.offset, limit: q.limit });
  const total = q.change ? d[q.change] : d.added + d.removed + d.edited;
  const href = (changes: Partial<SnapshotCompareQuery>) => {
    const next = { ...q, offset: 0, ...changes };
    const p = new URLSearchParams({ a: next.a, b: next.b });
    if (next.change) p.set("change", next.change);
    if (next.offset) p.set("offset", String(next.offset));
    return `/snapshots/compare?${p}`;
  };
  const tabs = [
    { label: `All changes (${formatCount(d.added + d.removed + d.edited)})`, change: undefined },
    { label: `Added (${formatCount(d.added)})`, change: "added" as const },
    { label: `Removed (${formatCount(d.removed)})`, change: "removed" as const },
    { label: `Edited (${formatCount(d.edited)})`, change: "edited" as const },
  ];
  const sameDataset = a.datasetId === b.datasetId;

  return (
    <div className="space-y-5">
      <header>
        <Breadcrumb
          trail={[
            { href: "/", label: "Datasets" },
            { href: `/datasets/${b.datasetId}/snapshots`, label: <>{b.datasetName}: snapshots</> },
          ]}
        />
        <h1 className="text-xl font-semibold tracking-tight">
          <Link href={`/snapshots/${a.id}`} className="hover:underline">
            Snapshot #{a.number}
          </Link>{" "}
          →{" "}
          <Link href={`/snapshots/${b.id}`} className="hover:underline">
            #{b.number}
          </Link>
        </h1>
        <p className="mt-1 text-sm text-zinc-600">
          {sameDataset ? "" : `#${a.number} is of ${a.datasetName}, #${b.number} of ${b.datasetName}. `}
          {formatCount(a.records)} records, then {formatCount(b.records)}. {formatCount(d.unchanged)} unchanged
          {d.movedSplit ? ` (${formatCount(d.movedSplit)} of them moved between training and validation)` : ""}. An edit is a record whose line differs; a new
          status or label alone leaves its line as it was.
        </p>
      </header>
      <nav aria-label="Kinds of change" className="flex flex-wrap gap-2 text-sm">
        {tabs.map((t) => (
          <Link
            key={t.label}
            href={href({ change: t.change })}
            aria-current={q.change === t.change ? "page" : undefined}
            className={`rounded-md border px-2.5 py-1 ${q.change === t.change ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-200 bg-white hover:bg-zinc-50"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <CompareTable entries={d.entries} older={a.number} newer={b.number} />
      <ListPager
        label="Change pages"
        offset={q.offset}
        shown={d.entries.length}
        total={total}
        prevHref={q.offset > 0 ? href({ change: q.change, offset: Math.max(0, q.offset - q.limit) }) : null}
        nextHref={q.offset + d.entries.length < total ? href({ change: q.change, offset: q.offset + q.limit }) : null}
      />
    </div>
  );
}
