import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";

// The other members of this conversation's cluster in the latest de-duplication run,
// closest first, so a reviewer sees the copies before approving one of them.

export type NearDuplicate = { id: number; similarity: string; status: string; preview: string; inTrash: boolean };

export function NearDuplicatesPanel({
  clusterHref,
  clusterId,
  kind,
  others,
}: {
  clusterHref: string;
  clusterId: number;
  kind: string;
  others: NearDuplicate[];
}) {
  return (
    <div className="space-y-2">
      <p className="text-xs text-zinc-500">
        In {kind === "exact" ? "exact" : "near"}-duplicate cluster{" "}
        <Link href={clusterHref} className="font-medium text-indigo-700 hover:underline">
          #{clusterId}
        </Link>{" "}
        with {others.length === 1 ? "one other record" : `${others.length} other records`}.
      </p>
      <ul className="divide-y divide-zinc-100">
        {others.map((o) => (
          <li key={o.id} className={`space-y-0.5 py-1.5 text-sm ${o.inTrash ? "opacity-60" : ""}`}>
            <div className="flex flex-wrap items-center gap-1.5">
              <Link href={`/conversations/${o.id}`} className="font-medium tabular-nums hover:underline">
                #{o.id}
              </Link>
              <span className="text-xs tabular-nums text-zinc-600" title="Similarity to this conversation">
                {o.similarity}
              </span>
              <StatusBadge status={o.status} />
              {o.inTrash ? <Badge tone="gray">In the trash</Badge> : null}
            </div>
            <p className="line-clamp-2 break-words text-xs text-zinc-600">{o.preview || "(no user message)"}</p>
          </li>
        ))}
      </ul>
      <Link href={clusterHref} className="inline-block text-xs text-indigo-700 hover:underline">
        Compare them side by side
      </Link>
    </div>
  );
}
