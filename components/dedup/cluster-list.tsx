import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { plural } from "@/components/ui/format";

// A run's clusters, largest first: one row each, opened with a click anywhere on it
// (the preview is the link, stretched over the row).

export type ClusterListItem = { id: number; kind: "exact" | "near"; similarity: string; size: number; live: number; resolved: boolean; preview: string };

export function ClusterList({ datasetId, clusters, empty }: { datasetId: string; clusters: ClusterListItem[]; empty: string }) {
  if (!clusters.length) {
    return <p className="rounded-lg border border-zinc-200 bg-white px-3 py-10 text-center text-sm text-zinc-500">{empty}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Duplicate clusters</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th scope="col" className="w-20 px-3 py-2">Cluster</th>
            <th scope="col" className="w-20 px-3 py-2">Kind</th>
            <th scope="col" className="w-24 px-3 py-2 text-right">Similarity</th>
            <th scope="col" className="w-24 px-3 py-2 text-right">Size</th>
            <th scope="col" className="w-28 px-3 py-2">State</th>
            <th scope="col" className="px-3 py-2">First record</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {clusters.map((c) => (
            <tr key={c.id} className="relative hover:bg-zinc-50">
              <td className="px-3 py-2 align-top tabular-nums text-zinc-700">#{c.id}</td>
              <td className="px-3 py-2 align-top">
                <KindBadge kind={c.kind} />
              </td>
              <td className="px-3 py-2 text-right align-top tabular-nums">{c.similarity}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right align-top tabular-nums" title={c.live < c.size ? `${c.size - c.live} in the trash` : undefined}>
                {plural(c.size, "record")}
              </td>
              <td className="px-3 py-2 align-top">
                {c.resolved ? <Badge tone="green">Resolved</Badge> : <Badge tone="amber">Unresolved</Badge>}
              </td>
              <td className="max-w-0 px-3 py-2 align-top">
                <Link
                  href={`/datasets/${datasetId}/duplicates/${c.id}`}
                  aria-label={`Cluster #${c.id}: ${c.preview || "(no user message)"}`}
                  className="line-clamp-2 break-words text-zinc-900 after:absolute after:inset-0 hover:underline"
                >
                  {c.preview || "(no user message)"}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function KindBadge({ kind }: { kind: string }) {
  return kind === "exact" ? (
    <Badge tone="indigo" title="The same conversation once case, spacing and punctuation spacing are ignored">
      exact
    </Badge>
  ) : (
    <Badge tone="blue" title="Nearly the same words, at or above the run's threshold">
      near
    </Badge>
  );
}
